import type { TargetVerdict } from "./evaluateTargets.ts";
import { ratioTo } from "./ratioTo.ts";
import type { Measurement } from "./types.ts";

const COLD = "our API (cache off)";

/**
 * The cold path's targets, judged on our API with its response cache off (every request executed) at
 * every connection count measured: the dashboard at ≥ 1.5× PostGraphile's throughput, the drill-down
 * at ≥ 1× (PostGraphile computes none of its statistics), and p99 ≤ 100 ms at 10 connections on both.
 */
export function evaluateColdPathTargets(measurements: Measurement[]): TargetVerdict[] {
  const cold = measurements.filter((m) => m.server === COLD);
  const describe = (m: Measurement, value: string) => `${m.question}@${m.connections} ${value}`;
  const vsPostgraphile = (question: string, atLeast: number): TargetVerdict => {
    const rows = cold
      .filter((m) => m.question === question)
      .map((m) => ({ m, ratio: ratioTo(m, measurements, "PostGraphile 5") ?? 0 }));
    return {
      target: `${question} ≥ ${atLeast}× PostGraphile's req/s`,
      met: rows.length > 0 && rows.every(({ ratio }) => ratio >= atLeast),
      detail: rows.map(({ m, ratio }) => describe(m, `${ratio.toFixed(2)}×`)).join(", "),
    };
  };
  const atTen = cold.filter((m) => m.connections === 10);
  return [
    vsPostgraphile("dashboard", 1.5),
    vsPostgraphile("drill-down", 1),
    {
      target: "p99 ≤ 100 ms at 10 connections",
      met: atTen.length > 0 && atTen.every((m) => m.requests > 0 && m.p99 <= 100),
      detail: atTen.map((m) => describe(m, `${m.p99} ms`)).join(", "),
    },
  ];
}
