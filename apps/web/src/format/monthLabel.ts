import { monthLabel as domainMonthLabel } from "@pcc/domain";

/** The domain's "Mar-23" label; anything that is not a YYYY-MM month is shown as it came. */
export function monthLabel(month: string): string {
  return /^\d{4}-\d{2}$/.test(month) ? domainMonthLabel(month) : month;
}
