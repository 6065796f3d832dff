import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { ViewerLayoutSlots } from "../app/ViewerLayoutSlots";
import { ViewerProvider } from "../features/auth/ViewerProvider";
import { ViewerQuery } from "../features/auth/ViewerQuery";
import { ImportRoute } from "./ImportRoute";

type Role = "VIEWER" | "EDITOR" | "ADMIN";

// The signed-in state comes from the cache (as after `me` loaded); no network in a unit test.
function clientAs(role: Role | null): ApolloClient {
  const cache = new InMemoryCache();
  const me = role
    ? {
        __typename: "User" as const,
        id: "1",
        email: "someone@pcc.local",
        name: "Demo",
        role,
        isActive: true,
        version: 1,
      }
    : null;
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  return new ApolloClient({ cache, link: ApolloLink.empty() });
}

function renderAs(role: Role | null) {
  return render(
    <ApolloProvider client={clientAs(role)}>
      <ViewerProvider>
        <ViewerLayoutSlots>
          <MemoryRouter initialEntries={["/data/import"]}>
            <ImportRoute />
          </MemoryRouter>
        </ViewerLayoutSlots>
      </ViewerProvider>
    </ApolloProvider>,
  );
}

afterEach(cleanup);

describe("/data/import", () => {
  it("asks an anonymous visitor to sign in, and comes back here after", () => {
    renderAs(null);
    expect(screen.getByText("Sign in as an editor to load data.")).toBeTruthy();
    const links = screen.getAllByRole("link", { name: "Sign in" });
    expect(links.map((a) => a.getAttribute("href"))).toContain("/sign-in?next=%2Fdata%2Fimport");
    expect(screen.queryByRole("link", { name: "Data load" })).toBeNull();
  });

  it("tells a viewer only editors can load data, with no Data load link", () => {
    renderAs("VIEWER");
    expect(screen.getByText("Only editors can load data. Ask an admin for the editor role.")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Data load" })).toBeNull();
  });

  it.each(["EDITOR", "ADMIN"] as const)("gives %s the data load page and the Data load link", (role) => {
    renderAs(role);
    expect(screen.getByRole("heading", { level: 1, name: "Monthly data load" })).toBeTruthy();
    expect(screen.queryByText(/Sign in as an editor/)).toBeNull();
    expect(screen.queryByText(/Only editors can load data/)).toBeNull();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav.querySelector('a[href="/data/import"]')?.textContent).toBe("Data load");
  });
});
