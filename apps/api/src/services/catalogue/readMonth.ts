import { parseMonthLabel } from "@pcc/domain";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month written YYYY-MM or as the report writes it ("Sep-22", "September 2022"); null otherwise. */
export function readMonth(text: string): string | null {
  const trimmed = text.trim();
  return MONTH.test(trimmed) ? trimmed : parseMonthLabel(trimmed);
}
