// TODO: @pcc/domain is to export formatValue, monthLabel and formatChange; this temporary copy stays
// until it lands, then every import moves to "@pcc/domain" and this file goes.
import type { MetricUnit } from "../gql/graphql";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2023-03" → "Mar-23", the report's way of naming a month. */
export function monthLabel(month: string): string {
  const [year, mm] = month.split("-");
  const name = MONTHS[Number(mm) - 1];
  if (!year || !name) return month;
  return `${name}-${year.slice(2)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Seconds as the report writes durations: 746 → "12:26", 6893 → "1:54:53". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

const counts = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A value in its unit as the report shows it: "7.5%", "12:26", "1,435", "58.61", "23 days". */
export function formatValue(value: number | null | undefined, unit: MetricUnit): string {
  if (value == null || Number.isNaN(value)) return "–";
  switch (unit) {
    case "PERCENT":
      return `${oneDecimal.format(value)}%`;
    case "SECONDS":
      return formatDuration(value);
    case "RATE_PER_1000":
      return twoDecimals.format(value);
    case "DAYS":
      return `${counts.format(value)} days`;
    default:
      return counts.format(value);
  }
}
