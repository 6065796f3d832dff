import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Observable } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { ViewerProvider } from "../auth/ViewerProvider";
import { ViewerQuery } from "../auth/ViewerQuery";
import { QuarterBar } from "./QuarterBar";

const draft = {
  __typename: "ReportingPeriod" as const,
  id: "1",
  code: "2025-Q-JUN-AUG",
  label: "June – Aug 25",
  status: "DRAFT",
  version: 1,
  next: null,
  openedFrom: null,
};

// A new install as the API answers an admin: its only quarter is a draft, so asking for the current
// period is NOT_SET_UP, and a query that asks for it (the variable unset or true) gets no data at all.
function newInstallClient(): ApolloClient {
  const cache = new InMemoryCache();
  const me = {
    __typename: "User" as const,
    id: "1",
    email: "a@x.test",
    name: "A",
    role: "ADMIN" as const,
    isActive: true,
    version: 1,
  };
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        observer.next(
          operation.variables.withCurrent !== false
            ? {
                data: null,
                errors: [{ message: "No quarter published", extensions: { code: "NOT_SET_UP" } }],
              }
            : { data: { reportingPeriods: [draft] } },
        );
        observer.complete();
      }),
  );
  return new ApolloClient({ cache, link });
}

afterEach(cleanup);

describe("QuarterBar", { timeout: 20_000 }, () => {
  it("offers an admin to publish the draft first quarter named in the page, before any is published", async () => {
    render(
      <ApolloProvider client={newInstallClient()}>
        <ViewerProvider>
          <MemoryRouter>
            <QuarterBar period="2025-Q-JUN-AUG" />
          </MemoryRouter>
        </ViewerProvider>
      </ApolloProvider>,
    );
    expect(await screen.findByRole("button", { name: "Publish quarter" })).toBeTruthy();
    expect(screen.getByRole("complementary", { name: "Draft quarter" }).textContent).toContain(
      "June – Aug 25",
    );
  });
});
