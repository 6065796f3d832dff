const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Month number (1–12) for an English month name or abbreviation as the report writes them
 * ("Mar", "March", "Sept", "Sep"); null for anything else.
 * @example monthNumberOf("Sept") // 9
 */
export function monthNumberOf(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return null;
  // Any prefix of at least three letters of a full name: "Mar", "Marc", "March", "Sept"; not "Marching".
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return index < 0 ? null : index + 1;
}
