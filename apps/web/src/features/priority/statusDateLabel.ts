const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * "31 May 2023" for "2023-05-31": the day deliverable status is judged on, as the report writes dates.
 * Read in UTC so the day never shifts with the viewer's time zone. Written out by hand: the first
 * Intl.DateTimeFormat a page builds loads ICU's calendar data, ~0.1 s of main thread on a phone.
 */
export function statusDateLabel(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
