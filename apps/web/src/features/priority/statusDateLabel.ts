/**
 * "31 May 2023" for "2023-05-31": the day deliverable status is judged on, as the report writes dates.
 * Read in UTC so the day never shifts with the viewer's time zone.
 */
export function statusDateLabel(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
