import type { MetricRecord } from "../../data/records.ts";

/**
 * The definition fields a person sets on a metric, as the API receives them: on an update, a field
 * left out stays as it is and a field given as null is cleared.
 */
export interface MetricFieldsInput {
  name?: string | null;
  description?: string | null;
  unit?: MetricRecord["unit"] | null;
  polarity?: MetricRecord["polarity"] | null;
  basis?: MetricRecord["basis"] | null;
  changeBasis?: MetricRecord["changeBasis"] | null;
  target?: number | null;
  targetKind?: MetricRecord["targetKind"];
  targetLabel?: string | null;
  targetSetBy?: string | null;
  dataSource?: string | null;
  sourceUrl?: string | null;
  reportingLagMonths?: number | null;
  lagNote?: string | null;
  /** YYYY-MM */
  dataCaptureStart?: string | null;
  spcBaselinePoints?: number | null;
  spcRunLength?: number | null;
  spcTrendLength?: number | null;
  spcTwoOfThreeRule?: string | null;
}
