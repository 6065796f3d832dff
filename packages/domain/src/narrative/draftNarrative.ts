import type { NarrativeInput } from "./NarrativeInput.ts";
import type { NarrativeSentence } from "./NarrativeSentence.ts";

/** STUB: filled in shortly. */
export function draftNarrative(_input: NarrativeInput): NarrativeSentence[] {
  return [];
}
