// Month-valued columns are DATE (first day of the month) in the database and "YYYY-MM" everywhere
// else. UTC throughout, so a server's time zone never moves a month.

/** 2023-03-01 → "2023-03" */
export function toMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** "2023-03" → 2023-03-01T00:00:00Z */
export function fromMonth(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** 2023-12-31 → "2023-12-31" */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
