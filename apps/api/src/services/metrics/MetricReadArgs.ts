/** The arguments most Metric fields share: a period and a series. */
export interface MetricReadArgs {
  period?: string | null;
  area?: string | null;
  breakdown?: string | null;
}
