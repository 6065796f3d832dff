import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { Observable } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { ViewerProvider } from "../auth/ViewerProvider";
import { ViewerQuery } from "../auth/ViewerQuery";
import { SetUpGate } from "./SetUpGate";

type Role = "VIEWER" | "EDITOR" | "ADMIN";

// The API as a new install answers it: the current period is not set up; or, set up, a quarter.
function clientFor(role: Role | null, isSetUp: boolean): ApolloClient {
  const cache = new InMemoryCache();
  const me = role
    ? { __typename: "User" as const, id: "1", email: "a@x.test", name: "A", role, isActive: true, version: 1 }
    : null;
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  const period = { __typename: "ReportingPeriod", id: "1", code: "2025-Q-JUN-AUG", label: "June – Aug 25" };
  const link = new ApolloLink(
    () =>
      new Observable((observer) => {
        observer.next(
          isSetUp
            ? { data: { currentPeriod: period, reportingPeriods: [{ ...period, kind: "QUARTER" }] } }
            : {
                data: null,
                errors: [{ message: "No quarter published", extensions: { code: "NOT_SET_UP" } }],
              },
        );
        observer.complete();
      }),
  );
  return new ApolloClient({ cache, link });
}

function renderGate(role: Role | null, isSetUp: boolean, at = "/") {
  const router = createMemoryRouter(
    [
      { Component: SetUpGate, children: [{ index: true, element: <h1>The overview</h1> }] },
      { path: "setup", element: <h1>The setup page</h1> },
    ],
    { initialEntries: [at] },
  );
  return render(
    <ApolloProvider client={clientFor(role, isSetUp)}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>,
  );
}

afterEach(cleanup);

// The first render loads the page frame's modules, which takes seconds on a busy two-core machine.
describe("SetUpGate", { timeout: 20_000 }, () => {
  it("tells a reader of a new install that it is not set up yet", async () => {
    renderGate(null, false);
    expect(
      await screen.findByRole("heading", { name: "This scorecard has not been set up yet" }),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Sign in to set it up" })).toBeTruthy();
    expect(screen.queryByText("The overview")).toBeNull();
  });

  it("does not offer a signed-in viewer the sign-in link", async () => {
    renderGate("VIEWER", false);
    await screen.findByText("This scorecard has not been set up yet");
    expect(screen.queryByText("Sign in to set it up")).toBeNull();
  });

  it("takes an admin to the setup page", async () => {
    renderGate("ADMIN", false);
    expect(await screen.findByRole("heading", { name: "The setup page" })).toBeTruthy();
  });

  // The first quarter is a draft until published: its pages are where an admin writes and publishes it.
  it("lets an admin who names the draft quarter through to it", async () => {
    renderGate("ADMIN", false, "/?period=2025-Q-JUN-AUG");
    expect(await screen.findByRole("heading", { name: "The overview" })).toBeTruthy();
    expect(screen.queryByText("The setup page")).toBeNull();
  });

  it("still tells a reader who names a quarter that it is not set up yet", async () => {
    renderGate(null, false, "/?period=2025-Q-JUN-AUG");
    await screen.findByText("This scorecard has not been set up yet");
    expect(screen.queryByText("The overview")).toBeNull();
  });

  it("shows the page itself once the scorecard is set up", async () => {
    renderGate(null, true);
    expect(await screen.findByRole("heading", { name: "The overview" })).toBeTruthy();
    expect(screen.queryByText("This scorecard has not been set up yet")).toBeNull();
  });
});
