import type { TargetStandingResult } from "../targets/TargetStandingResult.ts";

/** What "exceptions first" says about one metric. */
export interface ExceptionAssessment {
  /** Higher is more severe; 0 when nothing needs attention. */
  severity: number;
  /** One plain line: "Priority response time (mean) 1:54:53 in Mar-23 breaches the 1-hour SLA; rising since Aug-22". */
  summary: string;
  /** The findings behind it, one each, for the detail a tap away. */
  reasons: string[];
  isTargetMissed: boolean;
  standing: TargetStandingResult | null;
  /** True when a concern signal it reports rests on illustrative (generated) months. */
  illustrative: boolean;
}
