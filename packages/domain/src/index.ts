// @pcc/domain — pure statistics and domain rules. No I/O, no clock: callers pass months (asOf) in.

// benchmarking
export type { BenchmarkInput } from "./benchmarking/BenchmarkInput.ts";
export type { BenchmarkPositionResult } from "./benchmarking/BenchmarkPositionResult.ts";
export { benchmarkPosition } from "./benchmarking/benchmarkPosition.ts";
export { type ComparedWithInput, comparedWith } from "./benchmarking/comparedWith.ts";
export { MIN_PEERS_FOR_RANK } from "./benchmarking/MIN_PEERS_FOR_RANK.ts";
export { populationWeightedAverage } from "./benchmarking/populationWeightedAverage.ts";
// changes (between two quarters)
export type { CarriedLink } from "./changes/CarriedLink.ts";
export type {
  DeliverableQuarterChange,
  MetricQuarterChange,
  MoveDirection,
  QuarterChange,
  RiskQuarterChange,
} from "./changes/QuarterChange.ts";
export type {
  DeliverableSnapshot,
  MetricSnapshot,
  QuarterSnapshot,
  RiskSnapshot,
} from "./changes/QuarterSnapshot.ts";
export { quarterChanges } from "./changes/quarterChanges.ts";
// comparisons
export type { Change } from "./comparisons/Change.ts";
export type { ChangeBasis } from "./comparisons/ChangeBasis.ts";
export type { ChangePoint } from "./comparisons/ChangePoint.ts";
export { changeExpressionFor } from "./comparisons/changeExpressionFor.ts";
export { changeVsPreviousMonths } from "./comparisons/changeVsPreviousMonths.ts";
export { compareSurveys } from "./comparisons/compareSurveys.ts";
export { defaultChangeBasis } from "./comparisons/defaultChangeBasis.ts";
export { type HeadlineChangeInput, headlineChange } from "./comparisons/headlineChange.ts";
export type { MetricBasis } from "./comparisons/MetricBasis.ts";
export type { MetricChange } from "./comparisons/MetricChange.ts";
export { meanVsMedian } from "./comparisons/meanVsMedian.ts";
export { rollingVsDiscrete } from "./comparisons/rollingVsDiscrete.ts";
export { surveyDifferenceSignificant } from "./comparisons/surveyDifferenceSignificant.ts";
export { yearOnYear } from "./comparisons/yearOnYear.ts";
// definitions
export type { DatedDefinition } from "./definitions/DatedDefinition.ts";
export { definitionAt } from "./definitions/definitionAt.ts";
// deliverables
export type { DeliverableStatusValue } from "./deliverables/DeliverableStatusValue.ts";
export { deliverableStatus } from "./deliverables/deliverableStatus.ts";
export { dueDateProblem } from "./deliverables/dueDateProblem.ts";
export { PROGRESS_RULE, progressProblem } from "./deliverables/progressProblem.ts";
export type { SlipRisk, SlipRiskStatus } from "./deliverables/SlipRiskResult.ts";
export { SLIP_RULE, slipRisk } from "./deliverables/slipRisk.ts";
export { statusDateFor } from "./deliverables/statusDateFor.ts";
// exceptions
export { assessException, type ExceptionInput } from "./exceptions/assessException.ts";
export type { ExceptionAssessment } from "./exceptions/ExceptionAssessment.ts";
export { exceptionsFirst } from "./exceptions/exceptionsFirst.ts";
export { signalPhrase } from "./exceptions/signalPhrase.ts";
export { formatChange } from "./format/formatChange.ts";
export { formatClock } from "./format/formatClock.ts";
export { formatDurationWords } from "./format/formatDurationWords.ts";
export { formatNumber } from "./format/formatNumber.ts";
export { formatSla } from "./format/formatSla.ts";
export { formatValue } from "./format/formatValue.ts";
// format
export type { MetricUnit } from "./format/MetricUnit.ts";
export type { Polarity } from "./format/Polarity.ts";
export { parseDuration } from "./format/parseDuration.ts";
// imports
export type {
  ImportAction,
  ImportKindName,
  ImportReport,
  ImportRowResult,
} from "./imports/ImportReport.ts";
export { draftNarrative } from "./narrative/draftNarrative.ts";
export { NARRATIVE_GENERATOR_VERSION } from "./narrative/NARRATIVE_GENERATOR_VERSION.ts";
// narrative
export type { NarrativeInput } from "./narrative/NarrativeInput.ts";
export type { NarrativeSentence } from "./narrative/NarrativeSentence.ts";
export { addMonths } from "./periods/addMonths.ts";
export type { DueDate } from "./periods/DueDate.ts";
export { dayLabel } from "./periods/dayLabel.ts";
export { daysBetween } from "./periods/daysBetween.ts";
export { isoDateOf } from "./periods/isoDateOf.ts";
export { lastDayOfMonth } from "./periods/lastDayOfMonth.ts";
// periods
export type { MonthKey } from "./periods/MonthKey.ts";
export { monthIndex } from "./periods/monthIndex.ts";
export { monthKeyFromIndex } from "./periods/monthKeyFromIndex.ts";
export { monthKeyOf } from "./periods/monthKeyOf.ts";
export { monthLabel } from "./periods/monthLabel.ts";
export { monthRange } from "./periods/monthRange.ts";
export { monthStart } from "./periods/monthStart.ts";
export { monthsBetween } from "./periods/monthsBetween.ts";
export { parseDueText } from "./periods/parseDueText.ts";
export { parseMonthLabel } from "./periods/parseMonthLabel.ts";
export { type QuarterSpan, quarterAfter } from "./periods/quarterAfter.ts";
export { spanLabel } from "./periods/spanLabel.ts";
// roles
export { hasRoleAtLeast } from "./roles/hasRoleAtLeast.ts";
export type { Role } from "./roles/Role.ts";
export { classifySignal } from "./spc/classifySignal.ts";
export { computeXmr } from "./spc/computeXmr.ts";
export { DEFAULT_XMR_SETTINGS } from "./spc/DEFAULT_XMR_SETTINGS.ts";
export { describeSignal } from "./spc/describeSignal.ts";
export { describeSignalFinding } from "./spc/describeSignalFinding.ts";
export { isAtLimit } from "./spc/isAtLimit.ts";
export { lastRunBeyondLimit } from "./spc/lastRunBeyondLimit.ts";
export { monthSignalText } from "./spc/monthSignalText.ts";
export { RULE_BITS } from "./spc/RULE_BITS.ts";
export type { SegmentLimits } from "./spc/SegmentLimits.ts";
export type { SignalSpan } from "./spc/SignalSpan.ts";
// spc
export type { SpcInputPoint } from "./spc/SpcInputPoint.ts";
export { XMR_CONSTANTS } from "./spc/XMR_CONSTANTS.ts";
export type { XmrKernelSettings } from "./spc/XmrKernelSettings.ts";
export type { XmrOptions } from "./spc/XmrOptions.ts";
export type {
  AssuranceIcon,
  SignalClass,
  SpcRule,
  VariationIcon,
  XmrPoint,
  XmrResult,
  XmrSegment,
  XmrSignal,
} from "./spc/XmrResult.ts";
export { xmrKernel } from "./spc/xmrKernel.ts";
export type { TargetStandingResult } from "./targets/TargetStandingResult.ts";
// targets
export { targetName } from "./targets/targetName.ts";
export { targetStanding } from "./targets/targetStanding.ts";
