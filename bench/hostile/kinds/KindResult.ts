import type { Answer } from "../probe.ts";

/** What one kind of hostile input got back. */
export interface KindResult {
  kind: string;
  answers: Answer[];
  /** What the answers mean for this kind (who won, what was limited). */
  note?: string;
}
