import type { SeedMostSimilarGroup } from "../types.ts";

export const mostSimilarGroups: SeedMostSimilarGroup[] = [
  {
    homeForce: "wiltshire",
    publisher: "HMICFRS",
    label: "Wiltshire most similar group (as named in the March – May 23 report)",
    validFrom: "2023-03-01",
    members: ["warwickshire", "west-mercia", "wiltshire"],
    note:
      "The report names only Warwickshire and West Mercia as most similar forces; the full group is not in the report, " +
      "so MSG averages cannot be recomputed from these members alone.",
  },
];
