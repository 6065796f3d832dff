import type { AssuranceIcon, MetricBasis, VariationIcon } from "../gql/graphql";

export type SignalTone = "improvement" | "concern" | "neutral" | "pass" | "fail";

export interface SignalMeaning {
  /** Short words shown beside the icon, readable without training: the icon never carries meaning by colour alone. */
  text: string;
  tone: SignalTone;
  /** Which glyph: arrows for special cause, a dash for normal variation, tick/cross/tilde for targets. */
  glyph: "up" | "down" | "dash" | "tick" | "cross" | "tilde" | "trend" | "pause" | "none";
  /** What the badge means, in a sentence, for its tooltip and the badge key. */
  meaning: string;
  /** The glossary entry that explains the idea behind the badge (an anchor on /glossary). */
  glossaryTerm: string;
}

// Making Data Count's variation icons, worded for a reader who has never met a control chart.
const VARIATION: Record<VariationIcon, SignalMeaning> = {
  IMPROVEMENT_HIGH: {
    text: "Improvement: higher than expected",
    tone: "improvement",
    glyph: "up",
    meaning: "The latest months are higher than normal variation explains, and higher is better.",
    glossaryTerm: "Special cause",
  },
  IMPROVEMENT_LOW: {
    text: "Improvement: lower than expected",
    tone: "improvement",
    glyph: "down",
    meaning: "The latest months are lower than normal variation explains, and lower is better.",
    glossaryTerm: "Special cause",
  },
  CONCERN_HIGH: {
    text: "Concern: higher than expected",
    tone: "concern",
    glyph: "up",
    meaning: "The latest months are higher than normal variation explains, and higher is worse.",
    glossaryTerm: "Special cause",
  },
  CONCERN_LOW: {
    text: "Concern: lower than expected",
    tone: "concern",
    glyph: "down",
    meaning: "The latest months are lower than normal variation explains, and lower is worse.",
    glossaryTerm: "Special cause",
  },
  NEITHER_HIGH: {
    text: "Unusual: higher than expected",
    tone: "neutral",
    glyph: "up",
    meaning:
      "The latest months are higher than normal variation explains; neither higher nor lower is better.",
    glossaryTerm: "Special cause",
  },
  NEITHER_LOW: {
    text: "Unusual: lower than expected",
    tone: "neutral",
    glyph: "down",
    meaning:
      "The latest months are lower than normal variation explains; neither higher nor lower is better.",
    glossaryTerm: "Special cause",
  },
  COMMON_CAUSE: {
    text: "Normal variation",
    tone: "neutral",
    glyph: "dash",
    meaning: "The months go up and down within the range this measure usually produces: nothing unusual.",
    glossaryTerm: "Common cause",
  },
  NONE: {
    text: "Not enough months to judge",
    tone: "neutral",
    glyph: "none",
    meaning: "Too few months are recorded yet to tell normal variation from something unusual.",
    glossaryTerm: "XmR",
  },
};

const ASSURANCE: Record<AssuranceIcon, SignalMeaning | null> = {
  PASS: {
    text: "Consistently meets target",
    tone: "pass",
    glyph: "tick",
    meaning:
      "Even its worst expected month meets the target: the target will be met unless the process changes.",
    glossaryTerm: "Assurance",
  },
  FAIL: {
    text: "Consistently misses target",
    tone: "fail",
    glyph: "cross",
    meaning: "Even its best expected month misses the target: only a change to the process will meet it.",
    glossaryTerm: "Assurance",
  },
  HIT_OR_MISS: {
    text: "Sometimes meets target",
    tone: "neutral",
    glyph: "tilde",
    meaning:
      "The target lies within the normal range: some months will meet it and some will not, by chance.",
    glossaryTerm: "Assurance",
  },
  WITHHELD: {
    text: "Target assurance withheld — process changing",
    tone: "neutral",
    glyph: "pause",
    meaning:
      "A trend or run reaches the latest month, so past months no longer say what comes next: no promise either way about the target.",
    glossaryTerm: "Assurance",
  },
  NONE: null,
};

const TREND_ONLY_BASIS: Record<MetricBasis, string> = {
  ROLLING_12_MONTHS: "rolling 12 months",
  TWELVE_MONTHS_TO: "12 months to",
  QUARTER: "quarterly",
  DISCRETE_MONTH: "no limits",
};

/** What a trend-only series covers, in a few words: "rolling 12 months", "quarterly". */
export function trendBasisWords(basis: MetricBasis): string {
  return TREND_ONLY_BASIS[basis];
}

export function variationMeaning(icon: VariationIcon): SignalMeaning {
  return VARIATION[icon];
}

/** Null when the metric has no target to assure against. */
export function assuranceMeaning(icon: AssuranceIcon): SignalMeaning | null {
  return ASSURANCE[icon];
}

/**
 * The badge of a series shown as a trend without control limits: a rolling value shares 11 of its 12
 * months with its neighbour, so limits would be far too narrow and flag chance as special cause.
 * @example trendOnlyMeaning("ROLLING_12_MONTHS").text // "Trend only (rolling 12 months)"
 */
export function trendOnlyMeaning(basis: MetricBasis): SignalMeaning {
  return {
    text: `Trend only (${trendBasisWords(basis)})`,
    tone: "neutral",
    glyph: "trend",
    meaning:
      basis === "QUARTER"
        ? "Quarterly figures are too few to set control limits, so the series is shown as a trend only."
        : "Each value overlaps its neighbours by 11 of 12 months, so control limits would flag chance as unusual: shown as a trend only.",
    glossaryTerm: basis === "QUARTER" ? "Trend" : "Rolling 12 months",
  };
}

/** Every badge a page can show, in the order the badge key lists them. */
export function everySignalMeaning(): SignalMeaning[] {
  const assurance = Object.values(ASSURANCE).filter((m): m is SignalMeaning => m !== null);
  return [...Object.values(VARIATION), trendOnlyMeaning("ROLLING_12_MONTHS"), ...assurance];
}
