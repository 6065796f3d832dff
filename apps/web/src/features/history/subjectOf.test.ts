import { describe, expect, it } from "vitest";
import { indexActivitySubjects } from "./indexActivitySubjects";
import { subjectOf } from "./subjectOf";

// Records of priority 3 as the seeded report holds them; ids as audit events name them.
const subjects = indexActivitySubjects([
  {
    number: 3,
    deliverables: [{ id: "7", action: "Roll out of the ASB educational tool kit" }],
    outcomes: [],
    focus: [],
    risks: [{ id: "30", text: "The force L & D capability…" }],
    scorecards: [
      {
        sections: [
          {
            id: "13",
            title: "ROAD SAFETY",
            commentary: [{ id: "58", text: "Drink driving arrest volume are stable long term." }],
          },
        ],
      },
    ],
  },
]);

describe("subjectOf", () => {
  it.each([
    [
      { entityType: "Deliverable", entityId: "7" },
      "Roll out of the ASB educational tool kit",
      "/priorities/3",
    ],
    [{ entityType: "Statement", entityId: "30" }, "The force L & D capability…", "/priorities/3"],
    [
      { entityType: "SectionCommentary", entityId: "58" },
      "Drink driving arrest volume are stable long term.",
      "/priorities/3",
    ],
    [{ entityType: "StatementList", entityId: "3/2023-Q-MAR-MAY/RISK" }, "risk list", "/priorities/3"],
    [
      { entityType: "CommentaryList", entityId: "13/2023-Q-MAR-MAY" },
      "commentary of ROAD SAFETY",
      "/priorities/3",
    ],
    [
      { entityType: "Observation", entityId: "900", after: { metricId: "abandonment-rate-101", value: 7.5 } },
      "abandonment-rate-101",
      "/metrics/abandonment-rate-101",
    ],
  ])("%j → %s at %s", (event, label, path) => {
    expect(subjectOf(event, subjects)).toEqual({ label, path });
  });

  it("names nothing it cannot find", () => {
    expect(subjectOf({ entityType: "Deliverable", entityId: "999" }, subjects)).toBeNull();
  });
});
