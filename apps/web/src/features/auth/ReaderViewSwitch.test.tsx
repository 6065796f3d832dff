import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { NarrativeList_SentenceFragment } from "../../gql/graphql";
import { NarrativeList } from "../metric/NarrativeList";
import { ReaderViewSwitch } from "./ReaderViewSwitch";
import { RequireRole } from "./RequireRole";
import { setViewingAsReader } from "./readerView";
import { ViewerProvider } from "./ViewerProvider";
import { ViewerQuery } from "./ViewerQuery";

function clientAs(role: "VIEWER" | "EDITOR") {
  const cache = new InMemoryCache();
  const me = {
    __typename: "User" as const,
    id: "1",
    email: "e@pcc.local",
    name: "Demo",
    role,
    isActive: true,
    version: 1,
  };
  cache.writeQuery({ query: ViewerQuery, data: { me } });
  return new ApolloClient({ cache, link: ApolloLink.empty() });
}

// A drafted sentence beside an agreed one, as the metric page lists them.
const sentences: NarrativeList_SentenceFragment[] = [
  { key: "latest", text: "101 abandonment rate 7.5% in Mar-23.", status: "ACCEPTED", illustrative: false },
  { key: "spc", text: "A drafted sentence.", status: "DRAFT", illustrative: false },
];

function renderAs(role: "VIEWER" | "EDITOR") {
  return render(
    <ApolloProvider client={clientAs(role)}>
      <ViewerProvider>
        <ReaderViewSwitch />
        <RequireRole atLeast="EDITOR" fallback={<NarrativeList sentences={sentences} />}>
          <p>editor controls</p>
        </RequireRole>
      </ViewerProvider>
    </ApolloProvider>,
  );
}

afterEach(() => {
  cleanup();
  setViewingAsReader(false);
});

describe("view as reader", () => {
  it("hides an editor's controls and drafts until switched back, and remembers the choice for the tab", () => {
    renderAs("EDITOR");
    expect(screen.getByText("editor controls")).toBeTruthy();
    const toggle = screen.getByRole("button", { name: "View as reader" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");

    fireEvent.click(toggle);
    expect(screen.queryByText("editor controls")).toBeNull();
    expect(screen.getByText("101 abandonment rate 7.5% in Mar-23.")).toBeTruthy();
    expect(screen.queryByText("A drafted sentence.")).toBeNull();
    expect(window.sessionStorage.getItem("pcc:view-as-reader")).toBe("on");

    // A reload of the tab keeps it: a fresh render reads the tab's storage.
    cleanup();
    renderAs("EDITOR");
    const back = screen.getByRole("button", { name: "View as reader" });
    expect(back.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(back);
    expect(screen.getByText("editor controls")).toBeTruthy();
    expect(window.sessionStorage.getItem("pcc:view-as-reader")).toBeNull();
  });

  it("is not offered to readers", () => {
    renderAs("VIEWER");
    expect(screen.queryByRole("button", { name: /reader/i })).toBeNull();
  });
});
