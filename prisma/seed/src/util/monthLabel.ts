import type { Month } from "../types.ts";

const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The report's month label: monthLabel("2023-03") = "Mar-23". */
export function monthLabel(month: Month): string {
  const [year, mon] = month.split("-") as [string, string];
  return `${NAMES[Number(mon) - 1]}-${year.slice(2)}`;
}
