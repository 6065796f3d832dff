import type { MetricDefinitionRecord, MetricRecord } from "../../data/records.ts";

/**
 * The metric as one saved version defined it: that version's definition fields, SPC settings and
 * process changes over today's row (its id, family and data stay today's).
 */
export function applyDefinition(metric: MetricRecord, saved: MetricDefinitionRecord): MetricRecord {
  if (saved.version === metric.version) return metric;
  const { processChanges, ...fields } = saved.definition;
  return {
    ...metric,
    ...fields,
    version: saved.version,
    definedProcessChanges: processChanges.map((c) => ({
      metricId: metric.id,
      month: c.month,
      label: c.label,
    })),
  };
}
