import type { ChangeBasis } from "../comparisons/ChangeBasis.ts";
import type { ChangePoint } from "../comparisons/ChangePoint.ts";
import type { MetricBasis } from "../comparisons/MetricBasis.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import type { XmrResult } from "../spc/XmrResult.ts";

/** Everything draftNarrative reads: the metric, its series and the computed chart — never free text. */
export interface NarrativeInput {
  metricName: string;
  unit: MetricUnit;
  polarity: Polarity;
  /** How each value is measured: a single month, rolling 12 months, 12 months to, or a quarter. */
  basis: MetricBasis;
  /** What the change is judged against; defaults to defaultChangeBasis(basis, unit). */
  changeBasis?: ChangeBasis;
  /** The month data capture began, where the catalogue records it. */
  dataCaptureStart?: MonthKey | null;
  period: MonthKey;
  /** The months, marked illustrative where generated. */
  series: ChangePoint[];
  spc: XmrResult | null;
  target?: { value: number; kind: "SLA" | "TARGET"; label?: string } | null;
  /** Survey margin of error (95% confidence) in the metric's units, for the previous-3-months test. */
  marginOfError?: number | null;
  /** The month's median, for mean-versus-median (response times). */
  median?: number | null;
  /** The area the series is for ("Swindon"); the sentence names it instead of the metric. */
  areaName?: string | null;
}
