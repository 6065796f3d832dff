import type { MetricDefinitionSnapshot, MetricRecord, ProcessChangeRecord } from "../../data/records.ts";

/**
 * What a version of a metric's definition holds (MetricDefinition.definition, and the audit row's
 * before and after): the fields a person defines, its SPC settings and its process changes.
 */
export function definitionSnapshot(
  metric: MetricRecord,
  processChanges: readonly ProcessChangeRecord[],
): MetricDefinitionSnapshot {
  return {
    name: metric.name,
    description: metric.description,
    unit: metric.unit,
    polarity: metric.polarity,
    basis: metric.basis,
    changeBasis: metric.changeBasis,
    target: metric.target,
    targetKind: metric.targetKind,
    targetLabel: metric.targetLabel,
    targetSetBy: metric.targetSetBy,
    dataSource: metric.dataSource,
    sourceUrl: metric.sourceUrl,
    reportingLagMonths: metric.reportingLagMonths,
    lagNote: metric.lagNote,
    dataCaptureStart: metric.dataCaptureStart,
    spcBaselinePoints: metric.spcBaselinePoints,
    spcRunLength: metric.spcRunLength,
    spcTrendLength: metric.spcTrendLength,
    spcTwoOfThreeRule: metric.spcTwoOfThreeRule,
    processChanges: processChanges.map((c) => ({ month: c.month, label: c.label })),
  };
}
