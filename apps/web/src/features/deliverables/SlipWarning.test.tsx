import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SlipWarning } from "./SlipWarning";

// The API's sentence for 40 % done with 75 % of 1 Mar – 31 Dec 2023 gone (packages/domain slipRisk).
const RULE =
  "Likely to be late: 40% done with 75% of the time from 1 Mar 2023 to 31 Dec 2023 gone; " +
  "flagged when progress trails the share of time gone by more than 25 points, once a third of the time has gone.";

afterEach(cleanup);

describe("SlipWarning", () => {
  it("says likely to be late in words with a mark, and the rule one press away", () => {
    const { container } = render(
      <SlipWarning deliverable={{ slipRisk: { status: "LIKELY_LATE", expectedProgress: 75, rule: RULE } }} />,
    );
    const summary = container.querySelector("summary");
    expect(summary?.textContent).toBe("⏳ Likely to be late: 75% of the time gone");
    // The mark is decoration for sighted readers; the words carry the meaning.
    expect(summary?.querySelector('[aria-hidden="true"]')?.textContent).toBe("⏳ ");
    expect(screen.getByText(RULE)).toBeTruthy();
  });

  it("shows nothing for a deliverable on track", () => {
    const { container } = render(
      <SlipWarning
        deliverable={{ slipRisk: { status: "ON_TRACK", expectedProgress: 30, rule: "On track: …" } }}
      />,
    );
    expect(container.innerHTML).toBe("");
  });
});
