import { MONTH_ABBREVIATIONS } from "./MONTH_ABBREVIATIONS.ts";

/**
 * A day ("YYYY-MM-DD") as a short label in the report's register: day, three-letter month, full
 * year. Read from the text itself, so no time zone can move the day; anything else comes back as given.
 * @example dayLabel("2023-03-01") // "1 Mar 2023"
 */
export function dayLabel(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTH_ABBREVIATIONS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
