import { addMonths } from "@pcc/domain";
import type { Month, SeedObservation } from "../types.ts";
import { REPORT_RELEASE } from "./REPORT_RELEASE.ts";

type Extra = Partial<
  Omit<SeedObservation, "metricId" | "value" | "periodEnd" | "sourceRelease" | "illustrative">
>;

/**
 * One figure printed in the report, for the month (or span) it describes. `months` is how many months
 * the figure covers ending at `end`: 1 for a discrete month, 12 for a rolling 12 months or "12 months to".
 */
export function figure(
  metricId: string,
  end: Month,
  value: number,
  months = 1,
  extra: Extra = {},
): SeedObservation {
  return {
    metricId,
    area: "force",
    breakdown: "",
    periodStart: addMonths(end, 1 - months),
    periodEnd: end,
    value,
    sourceRelease: REPORT_RELEASE,
    illustrative: false,
    ...extra,
  };
}
