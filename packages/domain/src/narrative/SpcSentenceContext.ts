import type { XmrPoint, XmrResult, XmrSegment } from "../spc/XmrResult.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/** What each SPC sentence rule reads: the month's point, its segment and where it sits in the chart. */
export interface SpcSentenceContext {
  input: NarrativeInput;
  spc: XmrResult;
  index: number;
  point: XmrPoint;
  segment: XmrSegment;
  subject: string;
}
