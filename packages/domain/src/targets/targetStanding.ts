import { formatValue } from "../format/formatValue.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";
import type { TargetStandingResult } from "./TargetStandingResult.ts";
import { targetName } from "./targetName.ts";

/**
 * Where the latest value itself stands against its target or SLA, whatever the control limits say:
 * shown beside every assurance icon, so "consistently fails" can never sit beside a met target.
 * null for neutral metrics or without a target.
 * @example targetStanding(1196, 1189, "TARGET", "HIGHER_IS_BETTER", "COUNT")
 *   // { isMet: true, verdict: "exceeds the 1,189 target", text: "1,196 exceeds the 1,189 target" }
 */
export function targetStanding(
  value: number,
  target: number | null | undefined,
  kind: "SLA" | "TARGET" | null | undefined,
  polarity: Polarity,
  unit: MetricUnit,
): TargetStandingResult | null {
  if (target === null || target === undefined || polarity === "NEUTRAL") return null;
  const higherIsBetter = polarity === "HIGHER_IS_BETTER";
  const isMet = higherIsBetter ? value >= target : value <= target;
  const name = targetName(target, kind ?? "TARGET", unit);
  const shown = formatValue(value, unit);
  const verb =
    kind === "SLA"
      ? isMet
        ? "is within"
        : "breaches"
      : value === target
        ? "meets"
        : isMet
          ? higherIsBetter
            ? "exceeds"
            : "is under"
          : higherIsBetter
            ? "is below"
            : "is above";
  const verdict = `${verb} ${name}`;
  return { isMet, verdict, text: `${shown} ${verdict}` };
}
