import { monthLabel, monthRange } from "@pcc/domain";
import { REPORT_PERIOD_CODE } from "./report/REPORT_PERIOD_CODE.ts";
import type { Month, SeedReportingPeriod } from "./types.ts";

/** The report's quarter plus one MONTH period for every month from the first month of data to the last. */
export function buildReportingPeriods(dataMonths: Month[]): SeedReportingPeriod[] {
  const sorted = [...dataMonths].sort();
  const quarter: SeedReportingPeriod = {
    code: REPORT_PERIOD_CODE,
    label: "March – May 23",
    kind: "QUARTER",
    start: "2023-03",
    end: "2023-05",
    dataMonth: "2023-03",
  };
  const months = monthRange(sorted[0]!, sorted.at(-1)!).map(
    (m): SeedReportingPeriod => ({ code: m, label: monthLabel(m), kind: "MONTH", start: m, end: m }),
  );
  return [quarter, ...months];
}
