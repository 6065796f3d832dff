import { formatValue } from "../format/formatValue.ts";
import { dayLabel } from "../periods/dayLabel.ts";
import { daysBetween } from "../periods/daysBetween.ts";
import { deliverableStatus } from "./deliverableStatus.ts";
import type { SlipRisk, SlipRiskStatus } from "./SlipRiskResult.ts";

// Progress is reported in coarse steps (often tens or quarters) and work rarely runs at an even pace,
// so a deliverable may trail a straight line from start to due date by a quarter of the way before
// it is flagged.
const TOLERANCE_POINTS = 25;
// Early on, a shortfall says little (work often starts slowly: procurement, recruitment), so nothing
// is flagged until a third of the time has gone.
const MIN_ELAPSED_SHARE = 1 / 3;

/** The slip forecast's rule in words, as the screen states it beside every forecast. */
export const SLIP_RULE = `flagged when progress trails the share of time gone by more than ${TOLERANCE_POINTS} points, once a third of the time has gone`;

/**
 * Whether a deliverable is likely to be late before it is overdue, on `asOf` (YYYY-MM-DD). A steady
 * pace from `startDate` to `dueDate` would have reached `expectedProgress` = the share of days gone
 * (0–100 %, whole); the deliverable is LIKELY_LATE when its progress trails that by more than 25
 * points once a third of the time has gone. COMPLETE and OVERDUE are deliverableStatus's, so the
 * forecast never contradicts the status; NOT_ENOUGH_INFO without a start date or a due date after it.
 * @example slipRisk({ progress: 40, startDate: "2023-03-01", dueDate: "2023-12-31", asOf: "2023-10-16" })
 * // { status: "LIKELY_LATE", expectedProgress: 75, shortfall: 35, rule: "Likely to be late: 40% done
 * //   with 75% of the time from 1 Mar 2023 to 31 Dec 2023 gone; flagged when progress trails …" }
 */
export function slipRisk(input: {
  progress: number;
  startDate: string | null;
  dueDate: string | null;
  asOf: string;
}): SlipRisk {
  const { progress, startDate, dueDate, asOf } = input;
  const status = deliverableStatus({ progress, dueDate }, asOf);
  if (status === "COMPLETE") return unmeasured("COMPLETE", `Complete: ${percent(progress)} done.`);
  if (dueDate === null) return unmeasured("NOT_ENOUGH_INFO", "No forecast: no due date can be read.");
  if (status === "OVERDUE") {
    const rule = `Overdue: ${percent(progress)} done, due ${dayLabel(dueDate)} and not complete by ${dayLabel(asOf)}.`;
    return { status, expectedProgress: 100, shortfall: 100 - progress, rule };
  }
  if (startDate === null) return unmeasured("NOT_ENOUGH_INFO", "No forecast: no start date is recorded.");
  const span = daysBetween(startDate, dueDate);
  if (span <= 0) {
    const dates = `the due date ${dayLabel(dueDate)} is not after the start date ${dayLabel(startDate)}`;
    return unmeasured("NOT_ENOUGH_INFO", `No forecast: ${dates}.`);
  }
  if (asOf < startDate) {
    return {
      status: "ON_TRACK",
      expectedProgress: 0,
      shortfall: 0,
      rule: `On track: starts ${dayLabel(startDate)}.`,
    };
  }
  const elapsedShare = daysBetween(startDate, asOf) / span;
  const expectedProgress = Math.round(elapsedShare * 100);
  const shortfall = Math.max(0, expectedProgress - progress);
  const isLikelyLate = elapsedShare >= MIN_ELAPSED_SHARE && shortfall > TOLERANCE_POINTS;
  const pace = `${percent(progress)} done with ${percent(expectedProgress)} of the time from ${dayLabel(startDate)} to ${dayLabel(dueDate)} gone`;
  return {
    status: isLikelyLate ? "LIKELY_LATE" : "ON_TRACK",
    expectedProgress,
    shortfall,
    rule: `${isLikelyLate ? "Likely to be late" : "On track"}: ${pace}; ${SLIP_RULE}.`,
  };
}

function unmeasured(status: SlipRiskStatus, rule: string): SlipRisk {
  return { status, expectedProgress: null, shortfall: null, rule };
}

function percent(value: number): string {
  return formatValue(value, "PERCENT", { decimals: 0 });
}
