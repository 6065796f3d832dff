import { monthKeyFromIndex } from "../periods/monthKeyFromIndex.ts";
import { assuranceIconFor } from "./assuranceIconFor.ts";
import { changingProcessSignal } from "./changingProcessSignal.ts";
import { classifySignal } from "./classifySignal.ts";
import { collectSignals } from "./collectSignals.ts";
import { describeSignal } from "./describeSignal.ts";
import { prepareSeries } from "./prepareSeries.ts";
import { resolveKernelSettings } from "./resolveKernelSettings.ts";
import { rulesFromFlags } from "./rulesFromFlags.ts";
import type { SpcInputPoint } from "./SpcInputPoint.ts";
import { segmentStartsFor } from "./segmentStartsFor.ts";
import { trendOnlyChart } from "./trendOnlyChart.ts";
import { variationIconFor } from "./variationIconFor.ts";
import type { XmrOptions } from "./XmrOptions.ts";
import type { XmrPoint, XmrResult, XmrSegment } from "./XmrResult.ts";
import { xmrKernel } from "./xmrKernel.ts";
import { xmrMessage } from "./xmrMessage.ts";

/**
 * An XmR (individuals) process-control chart with Making Data Count's special-cause rules.
 * Input may be unsorted and have missing months; a missing month breaks the moving range (no range
 * is taken across it) but the run rules count consecutive observations, as NHSRplotthedots does.
 * Segments with fewer than minimumPoints points get no limits (their points have segmentIndex −1).
 * Only discrete months get limits: a rolling, "12 months to" or quarterly series is a TREND_ONLY chart.
 * Assurance is withheld while a trend or shift runs to the latest month: the limits then describe a
 * process that is no longer there.
 * @example computeXmr([{ period: "2023-01", value: 52 }, …], { polarity: "NEUTRAL" })
 */
export function computeXmr(input: SpcInputPoint[], options: XmrOptions): XmrResult {
  const settings = resolveKernelSettings(options);
  const { periods, values, months } = prepareSeries(input);
  const basis = options.basis ?? "DISCRETE_MONTH";
  if (basis !== "DISCRETE_MONTH") return trendOnlyChart(periods, values, basis, settings);
  const starts = segmentStartsFor(months, options.recalculateAt);
  const flags = new Uint8Array(values.length);
  const limits = xmrKernel(values, months, starts, values.length, settings, flags);

  const segments: XmrSegment[] = [];
  const indexOfSegment = limits.map((l, s) => {
    if (Number.isNaN(l.centre)) return -1;
    const from = starts[s]!;
    const to = s + 1 < starts.length ? starts[s + 1]! : values.length;
    const { baselineCount, ...lines } = l;
    const isTrial = baselineCount < settings.trialBelow;
    segments.push({ start: periods[from]!, end: periods[to - 1]!, ...lines, pointCount: to - from, isTrial });
    return segments.length - 1;
  });

  let s = 0;
  const points: XmrPoint[] = periods.map((period, i) => {
    while (s + 1 < starts.length && i >= starts[s + 1]!) s++;
    const { rules, direction } = rulesFromFlags(flags[i]!);
    const signal = direction ? classifySignal(direction, options.polarity) : null;
    return {
      period,
      value: values[i]!,
      segmentIndex: indexOfSegment[s]!,
      rules,
      special: rules.length > 0,
      direction,
      signal,
    };
  });

  const last = points[points.length - 1];
  const lastSegment = last && last.segmentIndex >= 0 ? segments[last.segmentIndex] : undefined;
  const status = !lastSegment ? "INSUFFICIENT" : lastSegment.isTrial ? "TRIAL" : "OK";
  const lastStart = starts[starts.length - 1]!;
  const lastCount = values.length - lastStart;
  const changedAt = starts.length > 1 && values.length > 0 ? monthKeyFromIndex(months[lastStart]!) : null;
  const shown =
    lastSegment && settings.fixAfterPoints > 0 ? Math.min(lastCount, settings.fixAfterPoints) : lastCount;
  const signals = collectSignals(points, flags, options.polarity);
  const assurance = assuranceIconFor(lastSegment, options.target, options.polarity);
  const changing = assurance === "NONE" || !last ? null : changingProcessSignal(signals, last.period);
  return {
    status,
    message: xmrMessage(status, shown, settings.trialBelow, changedAt),
    segments,
    points,
    signals,
    variation: variationIconFor(last, options.polarity),
    assurance: changing ? "WITHHELD" : assurance,
    assuranceNote: changing
      ? `Assurance withheld: ${describeSignal(changing)} means the limits no longer describe the current process.`
      : null,
    settings: {
      runLength: settings.runLength,
      trendLength: settings.trendLength,
      twoOfThreeRule: settings.twoOfThreeRule,
      screenMovingRanges: settings.screenMovingRanges,
    },
  };
}
