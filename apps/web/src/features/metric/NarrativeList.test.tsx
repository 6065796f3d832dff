import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NarrativeList } from "./NarrativeList";

afterEach(cleanup);

describe("NarrativeList (what readers see)", () => {
  it("shows agreed and edited sentences, never a draft", () => {
    render(
      <NarrativeList
        sentences={[
          { key: "latest", text: "Agreed sentence.", status: "ACCEPTED", illustrative: false },
          { key: "change", text: "Rewritten sentence.", status: "EDITED", illustrative: false },
          { key: "spc", text: "Drafted suggestion.", status: "DRAFT", illustrative: false },
        ]}
      />,
    );
    expect(screen.getByText("Agreed sentence.")).toBeTruthy();
    expect(screen.getByText("Rewritten sentence.")).toBeTruthy();
    expect(screen.queryByText("Drafted suggestion.")).toBeNull();
  });

  it("says there is no agreed narrative when every sentence is still a draft", () => {
    render(
      <NarrativeList
        sentences={[{ key: "spc", text: "Drafted suggestion.", status: "DRAFT", illustrative: false }]}
      />,
    );
    expect(screen.getByText("No agreed narrative for this period")).toBeTruthy();
    expect(screen.queryByText("Drafted suggestion.")).toBeNull();
  });
});
