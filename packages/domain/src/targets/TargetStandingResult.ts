/** A value's own standing against its target or SLA, in words. */
export interface TargetStandingResult {
  isMet: boolean;
  /** The standing without the value: "exceeds the 1,189 target", "breaches the 1-hour SLA". */
  verdict: string;
  /** "1,196 exceeds the 1,189 target", "1:54:53 breaches the 1-hour SLA", "46:56 is within the 1-hour SLA". */
  text: string;
}
