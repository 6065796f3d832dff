import type { SeedGovernanceNode } from "../types.ts";

// "Governance and Decision Making", the diagram on the report's last page, read as a tree: the plan is
// delivered through four strands, three of which report through a scorecard, all under one assurance
// framework. The PDF loses the diagram's lines, so the parent of each box is our reading of its layout.
export const governance: SeedGovernanceNode[] = [
  {
    code: "delivering-the-plan",
    name: "Delivering the Police and Crime Plan",
    kind: "plan",
    period: "2022-25",
    position: 0,
  },
  {
    code: "wcjb",
    name: "Wiltshire Criminal Justice Board",
    kind: "body",
    parent: "delivering-the-plan",
    position: 0,
  },
  {
    code: "csps",
    name: "Community Safety Partnerships",
    kind: "body",
    parent: "delivering-the-plan",
    position: 1,
  },
  {
    code: "opcc-delivery-plan",
    name: "OPCC Delivery Plan",
    kind: "body",
    period: "2022-23",
    parent: "delivering-the-plan",
    position: 2,
  },
  {
    code: "force-performance",
    name: "Force performance",
    kind: "body",
    parent: "delivering-the-plan",
    position: 3,
  },
  {
    code: "wcjb-scorecard",
    name: "WCJB scorecard & risk register",
    kind: "scorecard",
    parent: "wcjb",
    position: 0,
  },
  { code: "csp-scorecards", name: "CSP scorecards", kind: "scorecard", parent: "csps", position: 0 },
  {
    code: "opcc-scorecard",
    name: "OPCC scorecard & risk register",
    kind: "scorecard",
    parent: "opcc-delivery-plan",
    position: 0,
  },
  {
    code: "assurance-framework",
    name: "P&C Plan assurance framework",
    kind: "framework",
    description: "Assurance over every strand of delivery, including force performance.",
    parent: "delivering-the-plan",
    position: 4,
  },
];
