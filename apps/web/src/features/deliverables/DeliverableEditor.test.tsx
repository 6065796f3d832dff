import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { Observable } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { ViewerProvider } from "../auth/ViewerProvider";
import { ViewerQuery } from "../auth/ViewerQuery";
import { DeliverableEditor } from "./DeliverableEditor";

// The e2e conflict journey (e2e/specs/editConflict.spec.ts) in miniature: this editor loaded
// version 1; someone else saved a note first (version 2); the server answers CONFLICT with the record
// as it now is in extensions.current (apps/api/src/errors.ts, conflict()).
const loaded = {
  id: "d1",
  action: "Advocacy services tender",
  progress: 75,
  due: "April 23",
  note: null,
  version: 1,
};
const theirNote = "Tender evaluation complete; contract award due June.";
const myNote = "Online offence services for victims confirmed in scope.";
const current = { ...loaded, note: theirNote, version: 2 };

const me = {
  __typename: "User" as const,
  id: "1",
  email: "editor@pcc.local",
  name: "Editor",
  role: "EDITOR" as const,
  isActive: true,
  version: 1,
};

type Sent = { operationName: string; variables: Record<string, unknown> };

function serverLink(sent: Sent[]): ApolloLink {
  return new ApolloLink((operation) => {
    sent.push({ operationName: operation.operationName ?? "", variables: operation.variables });
    return new Observable((observer) => {
      const updates = sent.filter((s) => s.operationName === "UpdateDeliverable").length;
      // After a save the editor refetches what is on screen: here only the Viewer query.
      if (operation.operationName !== "UpdateDeliverable") observer.next({ data: { me } });
      else if (updates === 1)
        observer.next({
          errors: [{ message: "Deliverable was changed", extensions: { code: "CONFLICT", current } }],
        });
      else {
        const note = (operation.variables.input as { note?: string }).note ?? null;
        const deliverable = {
          __typename: "Deliverable",
          ...current,
          note,
          version: 3,
          dueDate: null,
          status: "ON_TRACK",
          updatedAt: "2026-11-25T00:00:00Z",
        };
        observer.next({
          data: { updateDeliverable: { __typename: "DeliverableResult", deliverable, errors: [] } },
        });
      }
      observer.complete();
    });
  });
}

function renderEditor(sent: Sent[]) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  const client = new ApolloClient({ cache, link: serverLink(sent) });
  // useBlocker needs a data router.
  const router = createMemoryRouter([{ path: "/", element: <DeliverableEditor deliverable={loaded} /> }]);
  render(
    <ApolloProvider client={client}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>,
  );
}

afterEach(cleanup);

describe("DeliverableEditor with a conflict", () => {
  it("shows both versions and saves the merged note against the version saved now", async () => {
    const sent: Sent[] = [];
    renderEditor(sent);
    fireEvent.click(screen.getByRole("button", { name: /edit/i }));
    fireEvent.change(screen.getByRole("textbox", { name: "Note" }), { target: { value: myNote } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    const conflict = await screen.findByRole("alertdialog", { name: "Someone else saved this first" });
    expect(conflict.textContent).toContain(theirNote);
    expect(conflict.textContent).toContain(myNote);
    const merged = screen.getByRole("textbox", { name: "Merged note" }) as HTMLTextAreaElement;
    // Prefilled with both, theirs first (combineTexts), so neither text is lost.
    expect(merged.value).toBe(`${theirNote}\n${myNote}`);
    fireEvent.click(screen.getByRole("button", { name: "Save merged note" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    const updates = sent.filter((s) => s.operationName === "UpdateDeliverable");
    expect(updates.map((u) => u.variables.expectedVersion)).toEqual([1, 2]);
    expect(updates[0]?.variables.input).toEqual({ note: myNote });
    expect(updates[1]?.variables.input).toEqual({ note: `${theirNote}\n${myNote}` });
  });

  it("keep theirs sends nothing more", async () => {
    const sent: Sent[] = [];
    renderEditor(sent);
    fireEvent.click(screen.getByRole("button", { name: /edit/i }));
    fireEvent.change(screen.getByRole("textbox", { name: "Note" }), { target: { value: myNote } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getByRole("button", { name: "Keep theirs" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(sent.filter((s) => s.operationName === "UpdateDeliverable")).toHaveLength(1);
  });
});

describe("DeliverableEditor with a progress the API would refuse", () => {
  it("150 shows the API's own words beside the field and sends nothing", async () => {
    const sent: Sent[] = [];
    renderEditor(sent);
    fireEvent.click(screen.getByRole("button", { name: /edit/i }));
    const box = screen.getByRole("spinbutton", { name: /progress/i });
    fireEvent.change(box, { target: { value: "150" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Progress must be a whole number from 0 to 100.")).toBeTruthy();
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("dialog")).toBeTruthy();
    expect(sent.filter((s) => s.operationName === "UpdateDeliverable")).toHaveLength(0);
  });
});
