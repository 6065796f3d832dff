import { describe, expect, it } from "vitest";
import { groupChanges } from "./groupChanges";

describe("groupChanges", () => {
  it("splits changes into figures, deliverables and risks, keeping their order", () => {
    const items = [
      { kind: "FIGURE_MOVED", n: 1 },
      { kind: "RISK_CLOSED", n: 2 },
      { kind: "DELIVERABLE_STATUS", n: 3 },
      { kind: "SIGNAL_STARTED", n: 4 },
      { kind: "TARGET_NEWLY_MET", n: 5 },
      { kind: "DELIVERABLE_PROGRESS", n: 6 },
    ];
    const groups = groupChanges(items);
    expect(groups.figures.map((c) => c.n)).toEqual([1, 4, 5]);
    expect(groups.deliverables.map((c) => c.n)).toEqual([3, 6]);
    expect(groups.risks.map((c) => c.n)).toEqual([2]);
  });
});
