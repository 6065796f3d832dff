import type { MonthKey } from "../periods/MonthKey.ts";
import type { XmrSignal } from "./XmrResult.ts";

/**
 * A trend or shift that runs to the latest month: the sign that the process is changing now, so the
 * limits computed from its past are no basis for assurance against a target (Making Data Count:
 * assurance is read from a stable process; recalculate the limits once a sustained change is confirmed).
 * The longest such signal when there are two; null when there is none.
 */
export function changingProcessSignal(signals: XmrSignal[], latest: MonthKey): XmrSignal | null {
  let found: XmrSignal | null = null;
  for (const s of signals) {
    if ((s.rule !== "TREND" && s.rule !== "SHIFT") || s.to !== latest) continue;
    if (!found || s.periods.length > found.periods.length) found = s;
  }
  return found;
}
