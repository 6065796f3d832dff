import { formatValue } from "../format/formatValue.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";
import { addMonths } from "../periods/addMonths.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import { describeSignalFinding } from "../spc/describeSignalFinding.ts";
import type { SpcRule, XmrResult, XmrSignal } from "../spc/XmrResult.ts";
import { targetName } from "../targets/targetName.ts";
import { targetStanding } from "../targets/targetStanding.ts";
import type { ExceptionAssessment } from "./ExceptionAssessment.ts";
import { signalPhrase } from "./signalPhrase.ts";

export interface ExceptionInput {
  name: string;
  unit: MetricUnit;
  polarity: Polarity;
  target?: number | null;
  targetKind?: "SLA" | "TARGET" | null;
  /** The report's data month: signals ending more than NEAR_MONTHS before it are history, not exceptions. */
  dataMonth: MonthKey;
  latest: { period: MonthKey; value: number } | null;
  spc: Pick<XmrResult, "signals" | "assurance"> | null;
  /** Months whose values are illustrative, so a signal resting on them says so. */
  illustrativeMonths?: ReadonlySet<MonthKey>;
}

// How much each finding weighs in "exceptions first": a point beyond the limits outranks a run.
const RULE_WEIGHT: Record<SpcRule, number> = { OUTSIDE_LIMITS: 5, TREND: 3, TWO_OF_THREE: 3, SHIFT: 2 };
// Which signal tells the story in one line: one still running in the latest month first, a trend
// before a point beyond the limits ("rising since Aug-22" says more than "exceptionally high").
const STORY_ORDER: SpcRule[] = ["TREND", "OUTSIDE_LIMITS", "TWO_OF_THREE", "SHIFT"];
const ASSURANCE_FAIL_WEIGHT = 3;
const TARGET_MISSED_WEIGHT = 2;
// A quarterly report is written about data up to three months old: the data month and the two before.
const NEAR_MONTHS = 2;

const restsOn = (s: XmrSignal, months: ReadonlySet<MonthKey> | undefined) =>
  months !== undefined && s.periods.some((p) => months.has(p));

/**
 * One metric judged for "exceptions first": concern signals near the data month, a failing assurance
 * and the latest value's own standing against its target, weighed into a severity and said in one line.
 */
export function assessException(input: ExceptionInput): ExceptionAssessment {
  const near = addMonths(input.dataMonth, -NEAR_MONTHS);
  const concerns = (input.spc?.signals ?? []).filter((s) => s.classification === "CONCERN" && s.to >= near);
  const reasons: string[] = [];
  let severity = 0;
  for (const s of concerns) {
    severity += RULE_WEIGHT[s.rule];
    reasons.push(describeSignalFinding(s, restsOn(s, input.illustrativeMonths)));
  }
  const hasTarget = input.target !== null && input.target !== undefined;
  if (input.spc?.assurance === "FAIL" && hasTarget) {
    severity += ASSURANCE_FAIL_WEIGHT;
    const name = targetName(input.target!, input.targetKind ?? "TARGET", input.unit);
    reasons.push(`Consistently fails ${name}: it lies beyond the control limits on the wrong side`);
  }
  const standing = input.latest
    ? targetStanding(input.latest.value, input.target, input.targetKind, input.polarity, input.unit)
    : null;
  const isTargetMissed = standing !== null && !standing.isMet;
  if (isTargetMissed) {
    severity += TARGET_MISSED_WEIGHT;
    reasons.push(`${monthLabel(input.latest!.period)}: ${standing!.text}`);
  }
  const latestMonth = input.latest?.period ?? input.dataMonth;
  const storyRank = (s: XmrSignal) => (s.to === latestMonth ? 0 : 10) + STORY_ORDER.indexOf(s.rule);
  const lead = [...concerns].sort((a, b) => storyRank(a) - storyRank(b) || (a.to < b.to ? 1 : -1))[0];
  const head = input.latest
    ? `${input.name} ${formatValue(input.latest.value, input.unit)} in ${monthLabel(input.latest.period)}`
    : input.name;
  const phrase = lead ? signalPhrase(lead, latestMonth) : null;
  // "… breaches the 1-hour SLA; rising since Aug-22", or "… is exceptionally high".
  const summary = isTargetMissed
    ? `${head} ${standing!.verdict}${phrase ? `; ${phrase}` : ""}`
    : phrase
      ? `${head} is ${phrase}`
      : head;
  const illustrative = concerns.some((s) => restsOn(s, input.illustrativeMonths));
  return {
    severity,
    summary: illustrative ? `${summary} (illustrative history)` : summary,
    reasons,
    isTargetMissed,
    standing,
    illustrative,
  };
}
