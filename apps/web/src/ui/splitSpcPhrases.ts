export type SpcTextPart = { text: string; term?: undefined } | { text: string; term: string };

// The SPC phrases the API's findings use ("above the upper control limit", "a rising trend", "a run of
// months above the centre line"), each with the glossary entry that explains it.
const PHRASES: [RegExp, string][] = [
  [/upper control limit/, "UCL"],
  [/lower control limit/, "LCL"],
  [/centre line/, "Centre line"],
  [/two of three/, "Two of three"],
  [/(?:rising|falling) trend/, "Trend"],
  [/run of months/, "Run (shift)"],
  [/special cause/, "Special cause"],
  [/common cause/, "Common cause"],
];

const PATTERN = new RegExp(PHRASES.map(([re]) => `(${re.source})`).join("|"), "gi");

/**
 * Splits a finding into plain runs and SPC phrases, each phrase with the glossary term behind it.
 * @example splitSpcPhrases("Concern: a rising trend, Aug-22 to Mar-23")
 * // [{ text: "Concern: a " }, { text: "rising trend", term: "Trend" }, { text: ", Aug-22 to Mar-23" }]
 */
export function splitSpcPhrases(text: string): SpcTextPart[] {
  const parts: SpcTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PATTERN)) {
    const start = match.index ?? 0;
    const group = match.slice(1).findIndex((g) => g !== undefined);
    const term = PHRASES[group]?.[1];
    if (!term) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: match[0], term });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
