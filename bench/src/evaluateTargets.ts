import { ratioTo } from "./ratioTo.ts";
import type { Measurement } from "./types.ts";

export interface TargetVerdict {
  target: string;
  met: boolean;
  detail: string;
}

/**
 * The API's speed targets, judged on every question and connection count measured (a target is met only if it
 * holds on all of them): ≥ 1.5× PostGraphile's throughput, ≥ 0.6× the floor's, p99 < 100 ms at 10
 * connections, and no errors at 200 connections.
 */
export function evaluateTargets(
  measurements: Measurement[],
  stress: Measurement,
  server: string = "our API",
): TargetVerdict[] {
  const ours = measurements.filter((m) => m.server === server);
  const describe = (m: Measurement, value: string) => `${m.question}@${m.connections} ${value}`;
  const ratios = (server: string) => ours.map((m) => ({ m, ratio: ratioTo(m, measurements, server) ?? 0 }));
  const vsPostgraphile = ratios("PostGraphile 5");
  const vsFloor = ratios("floor");
  const atTen = ours.filter((m) => m.connections === 10);
  const allErrors = measurements.reduce((sum, m) => sum + m.errors, 0);
  return [
    {
      target: "≥ 1.5× PostGraphile's req/s",
      met: vsPostgraphile.every(({ ratio }) => ratio >= 1.5),
      detail: vsPostgraphile.map(({ m, ratio }) => describe(m, `${ratio.toFixed(2)}×`)).join(", "),
    },
    {
      target: "≥ 0.6× the floor's req/s",
      met: vsFloor.every(({ ratio }) => ratio >= 0.6),
      detail: vsFloor.map(({ m, ratio }) => describe(m, `${ratio.toFixed(2)}×`)).join(", "),
    },
    {
      target: "p99 < 100 ms at 10 connections",
      met: atTen.every((m) => m.requests > 0 && m.p99 < 100),
      detail: atTen.map((m) => describe(m, `${m.p99} ms`)).join(", "),
    },
    {
      target: "no errors at 200 connections",
      met: stress.errors === 0 && stress.requests > 0,
      detail: `${stress.requests} ${stress.question} answers (${stress.correct} correct), ${stress.errors} errors (${stress.errorKinds}), ${stress.unfinished} unfinished, p99 ${stress.p99} ms; errors in all other runs: ${allErrors}`,
    },
  ];
}
