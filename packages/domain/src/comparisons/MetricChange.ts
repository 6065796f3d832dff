import type { MonthKey } from "../periods/MonthKey.ts";
import type { Change } from "./Change.ts";
import type { ChangeBasis } from "./ChangeBasis.ts";

/** A metric's change on the basis the report judges it by, with what it is against in words. */
export interface MetricChange extends Change {
  changeBasis: Exclude<ChangeBasis, "NONE">;
  period: MonthKey;
  /** The figure's own span ("12 months to Mar-23", "Oct to Dec 22", "Mar-23"). */
  periodLabel: string;
  /** The span compared with ("12 months to Mar-22", "Dec-22 to Feb-23", "Jul to Sep 22"). */
  baseLabel: string;
  /** The change with its sign in the report's shorthand: "+6.1%", "-10.9pp", "+15 days", "no change". */
  text: string;
  /** What the change is against, in words: "year on year (12 months to Mar-23 against the 12 months to Mar-22)". */
  against: string;
  /** True when any figure it is computed from is illustrative. */
  illustrative: boolean;
  /** The first and last month any figure it is computed from covers. */
  usedFrom: MonthKey;
  usedTo: MonthKey;
}
