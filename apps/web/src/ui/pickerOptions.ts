import { monthLabel } from "../format/monthLabel";

interface PeriodOption {
  code: string;
  label: string;
}

const MONTH_CODE = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The period picker's options: the report quarters, plus the period in the URL when it is not one of
 * them (an older link to a month, "2023-01"), so the picker never claims a period the page is not showing.
 * @example pickerOptions([{ code: "2023-Q-MAR-MAY", label: "March – May 23" }], "2023-01")
 * // [{ code: "2023-Q-MAR-MAY", … }, { code: "2023-01", label: "Jan-23 (one month of data)" }]
 */
export function pickerOptions(quarters: readonly PeriodOption[], current: string): PeriodOption[] {
  const options = quarters.map(({ code, label }) => ({ code, label }));
  if (!current || options.some((o) => o.code === current)) return options;
  const label = MONTH_CODE.test(current) ? `${monthLabel(current)} (one month of data)` : current;
  return [...options, { code: current, label }];
}
