import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DeliverableEditor } from "../deliverables/DeliverableEditor";
import { canEdit } from "./canEdit";
import { isAdmin } from "./isAdmin";
import { RequireRole } from "./RequireRole";
import { ViewerProvider } from "./ViewerProvider";
import { ViewerQuery } from "./ViewerQuery";

type Role = "VIEWER" | "EDITOR" | "ADMIN";

// The signed-in state comes from the cache (as after `me` loaded); no network in a unit test.
function clientAs(role: Role | null): ApolloClient {
  const cache = new InMemoryCache();
  const me = role
    ? {
        __typename: "User" as const,
        id: "1",
        email: `${role.toLowerCase()}@pcc.local`,
        name: "Demo",
        role,
        isActive: true,
        version: 1,
      }
    : null;
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  return new ApolloClient({ cache, link: ApolloLink.empty() });
}

const deliverable = {
  id: "d1",
  action: "Mobile police station rota",
  progress: 40,
  due: "Q4 2023",
  note: null,
  version: 1,
};

function renderAs(role: Role | null) {
  return render(
    <ApolloProvider client={clientAs(role)}>
      <ViewerProvider>
        <RequireRole atLeast="EDITOR">
          <p>editor controls</p>
        </RequireRole>
        <RequireRole atLeast="ADMIN" fallback={<p>not an admin</p>}>
          <p>admin controls</p>
        </RequireRole>
        <DeliverableEditor deliverable={deliverable} />
      </ViewerProvider>
    </ApolloProvider>,
  );
}

afterEach(cleanup);

describe("role gating", () => {
  it.each([
    [null, false, false],
    ["VIEWER", false, false],
    ["EDITOR", true, false],
    ["ADMIN", true, true],
  ] as const)("%s: editor controls %s, admin controls %s", (role, editor, admin) => {
    renderAs(role);
    expect(screen.queryByText("editor controls") !== null).toBe(editor);
    expect(screen.queryByText("admin controls") !== null).toBe(admin);
    expect(screen.queryByText("not an admin") !== null).toBe(!admin);
    // The deliverable's Edit button appears for editors and admins only: viewers see no edit controls.
    expect(screen.queryAllByRole("button", { name: /edit/i })).toHaveLength(editor ? 1 : 0);
  });

  it.each([
    [undefined, false, false],
    ["VIEWER", false, false],
    ["EDITOR", true, false],
    ["ADMIN", true, true],
  ] as const)("canEdit/isAdmin(%s)", (role, edit, admin) => {
    expect(canEdit(role)).toBe(edit);
    expect(isAdmin(role)).toBe(admin);
  });
});
