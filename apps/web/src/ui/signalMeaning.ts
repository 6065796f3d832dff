import type { AssuranceIcon, VariationIcon } from "../gql/graphql";

export type SignalTone = "improvement" | "concern" | "neutral" | "pass" | "fail";

export interface SignalMeaning {
  /** Short words shown beside the icon: the icon never carries meaning by colour alone. */
  text: string;
  tone: SignalTone;
  /** Which glyph: arrows for special cause, a dash for common cause, tick/cross/tilde for targets. */
  glyph: "up" | "down" | "dash" | "tick" | "cross" | "tilde" | "none";
}

// Wording from Making Data Count's variation and assurance icons.
const VARIATION: Record<VariationIcon, SignalMeaning> = {
  IMPROVEMENT_HIGH: { text: "Improvement (higher)", tone: "improvement", glyph: "up" },
  IMPROVEMENT_LOW: { text: "Improvement (lower)", tone: "improvement", glyph: "down" },
  CONCERN_HIGH: { text: "Concern (higher)", tone: "concern", glyph: "up" },
  CONCERN_LOW: { text: "Concern (lower)", tone: "concern", glyph: "down" },
  NEITHER_HIGH: { text: "Special cause (higher)", tone: "neutral", glyph: "up" },
  NEITHER_LOW: { text: "Special cause (lower)", tone: "neutral", glyph: "down" },
  COMMON_CAUSE: { text: "Common cause", tone: "neutral", glyph: "dash" },
  NONE: { text: "Not enough data", tone: "neutral", glyph: "none" },
};

const ASSURANCE: Record<AssuranceIcon, SignalMeaning | null> = {
  PASS: { text: "Consistently meets target", tone: "pass", glyph: "tick" },
  FAIL: { text: "Consistently fails target", tone: "fail", glyph: "cross" },
  HIT_OR_MISS: { text: "Hit or miss target", tone: "neutral", glyph: "tilde" },
  NONE: null,
};

export function variationMeaning(icon: VariationIcon): SignalMeaning {
  return VARIATION[icon];
}

/** Null when the metric has no target to assure against. */
export function assuranceMeaning(icon: AssuranceIcon): SignalMeaning | null {
  return ASSURANCE[icon];
}
