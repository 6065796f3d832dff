import { formatNumber, formatValue } from "@pcc/domain";
import type { MetricUnit } from "../../gql/graphql";
import { publishedDecimals } from "./publishedDecimals";

export interface QuarterChange {
  changeBasis: string;
  difference?: number | null;
  base?: number | null;
  text: string;
  against: string;
}

/**
 * A CJS measure's change in the report's words: "Up 15 days from previous quarter", "Down 1.0
 * percentage point from previous quarter", "No change from previous quarter". Rounded to the decimals
 * the two quarters are published with, so 11% against 11% is "No change", never "+0.0pp". A change on
 * another basis keeps the API's words ("+6.1% year on year").
 */
export function quarterChangeWords(change: QuarterChange, value: number, unit: MetricUnit): string {
  if (change.changeBasis !== "PREVIOUS_QUARTER" || change.difference == null)
    return `${change.text} ${change.against}`;
  const decimals = publishedDecimals([value, change.base]);
  const size = Math.abs(change.difference);
  const shown = formatNumber(size, decimals);
  if (Number(shown.replace(/,/g, "")) === 0) return "No change from previous quarter";
  const direction = change.difference > 0 ? "Up" : "Down";
  const amount =
    unit === "PERCENT"
      ? `${shown} percentage ${Number(shown) === 1 ? "point" : "points"}`
      : formatValue(size, unit, { decimals });
  return `${direction} ${amount} from previous quarter`;
}
