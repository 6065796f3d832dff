import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import type { SpcInputPoint } from "../spc/SpcInputPoint.ts";
import type { XmrResult } from "../spc/XmrResult.ts";

/** Everything draftNarrative reads: the metric, its series and the computed chart — never free text. */
export interface NarrativeInput {
  metricName: string;
  unit: MetricUnit;
  polarity: Polarity;
  /** How each value is measured: a single month, rolling 12 months, 12 months to, or a quarter. */
  basis: "DISCRETE_MONTH" | "ROLLING_12_MONTHS" | "TWELVE_MONTHS_TO" | "QUARTER";
  period: MonthKey;
  series: SpcInputPoint[];
  spc: XmrResult | null;
  target?: { value: number; kind: "SLA" | "TARGET"; label?: string } | null;
  /** Survey margin of error (95% confidence) in the metric's units, for the previous-3-months test. */
  marginOfError?: number | null;
  /** The month's median, for mean-versus-median (response times). */
  median?: number | null;
  /** The area the series is for ("Swindon"); the sentence names it instead of the metric. */
  areaName?: string | null;
}
