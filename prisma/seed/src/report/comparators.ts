import type { SeedComparator } from "../types.ts";

// The peers are the two forces the report names as most similar ("Warwickshire (MSF)", "West Mercia (MSF)").
export const comparators: SeedComparator[] = [
  { code: "wiltshire", name: "Wiltshire Police", kind: "FORCE", isHomeForce: true },
  { code: "warwickshire", name: "Warwickshire Police", kind: "FORCE", isHomeForce: false },
  { code: "west-mercia", name: "West Mercia Police", kind: "FORCE", isHomeForce: false },
  { code: "msg-average", name: "MSG average", kind: "MSG_AVERAGE", isHomeForce: false },
  { code: "england-wales", name: "England & Wales", kind: "NATIONAL", isHomeForce: false },
];
