import type { SeedPlan } from "../types.ts";

export const plan: SeedPlan = {
  code: "pcp-2022-25",
  title: "Police & Crime Plan 2022-25",
  force: "wiltshire",
  startYear: 2022,
  endYear: 2025,
};
