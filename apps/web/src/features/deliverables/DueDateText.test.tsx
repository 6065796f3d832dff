import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { Observable } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { ViewerProvider } from "../auth/ViewerProvider";
import { ViewerQuery } from "../auth/ViewerQuery";
import { DueDateText } from "./DueDateText";

// The report's "Contract start April 2023" is read as 30 Apr 2023 (parseDueText); the contract it
// names runs to March 2024, so an editor corrects the reading. The deliverable started 1 Mar 2023.
const deliverable = {
  id: "d1",
  action: "Advocacy services tender",
  due: "Contract start April 2023",
  dueDate: "2023-04-30",
  dueDateSource: "PARSED" as const,
  startDate: "2023-03-01",
  version: 1,
};
const editor = {
  __typename: "User" as const,
  id: "1",
  email: "editor@pcc.local",
  name: "Editor",
  role: "EDITOR" as const,
  isActive: true,
  version: 1,
};

type Sent = { operationName: string; variables: Record<string, unknown> };

function serverLink(sent: Sent[], me: typeof editor | null): ApolloLink {
  return new ApolloLink((operation) => {
    sent.push({ operationName: operation.operationName ?? "", variables: operation.variables });
    return new Observable((observer) => {
      if (operation.operationName !== "CorrectDeliverableDueDate") observer.next({ data: { me } });
      else {
        const saved = {
          __typename: "Deliverable",
          id: "d1",
          dueDate: operation.variables.dueDate,
          dueDateSource: "EDITOR",
          status: "ON_TRACK",
          version: 2,
          updatedAt: "2026-12-07T00:00:00Z",
        };
        observer.next({
          data: {
            correctDeliverableDueDate: { __typename: "DeliverableResult", deliverable: saved, errors: [] },
          },
        });
      }
      observer.complete();
    });
  });
}

function renderDueDate(sent: Sent[], me: typeof editor | null) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  const client = new ApolloClient({ cache, link: serverLink(sent, me) });
  const router = createMemoryRouter([{ path: "/", element: <DueDateText deliverable={deliverable} /> }]);
  render(
    <ApolloProvider client={client}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>,
  );
}

const corrections = (sent: Sent[]) => sent.filter((s) => s.operationName === "CorrectDeliverableDueDate");

afterEach(cleanup);

describe("DueDateText", () => {
  it("shows the date due as written and the day it was read as, with no correction for a reader", () => {
    renderDueDate([], null);
    expect(screen.getByText("Contract start April 2023")).toBeTruthy();
    expect(screen.getByText("read as 30 Apr 2023")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /correct date/i })).toBeNull();
  });

  it("lets an editor correct the reading, refusing what the API would refuse", async () => {
    const sent: Sent[] = [];
    renderDueDate(sent, editor);
    fireEvent.click(await screen.findByRole("button", { name: /correct date/i }));
    const dialog = screen.getByRole("dialog");
    expect(dialog.textContent).toContain('"Contract start April 2023" was read as 30 Apr 2023.');
    const box = screen.getByRole("textbox", { name: "Due date" });

    fireEvent.change(box, { target: { value: "2023-02-28" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Due date must be after the start date, 1 Mar 2023.")).toBeTruthy();
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(corrections(sent)).toHaveLength(0);

    fireEvent.change(box, { target: { value: "2024-03-31" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(corrections(sent).map((s) => s.variables)).toEqual([
      { id: "d1", dueDate: "2024-03-31", expectedVersion: 1 },
    ]);
  });
});
