import type { KindResult } from "./kinds/KindResult.ts";
import { isInternal } from "./probe.ts";

export interface HostileRun {
  mode: string;
  /** The machine's load during the run: /healthz and slowest answers depend on it. */
  machine: string;
  results: { result: KindResult; peakRssMb: number; health: { failures: number; slowestMs: number } }[];
  health: { probes: number; failures: number; slowestMs: number };
  isAlive: boolean;
}

/** The run as a Markdown table and summary lines; clean means no crash, no internal error, /healthz always up. */
export function renderHostileReport(run: HostileRun): { text: string; isClean: boolean } {
  const rows = run.results.map(({ result, peakRssMb, health }) => {
    const statuses = new Map<string, number>();
    for (const answer of result.answers) {
      const key = `${answer.status}${answer.codes.length ? ` ${[...new Set(answer.codes)].join("+")}` : ""}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    const internal = result.answers.filter(isInternal).length;
    const slowest = Math.max(0, ...result.answers.map((answer) => answer.ms));
    const statusText = [...statuses].map(([key, count]) => `${count}× ${key}`).join(", ");
    return {
      internal,
      line: `| ${result.kind} | ${result.answers.length} | ${statusText} | ${internal} | ${slowest.toFixed(0)} | ${peakRssMb.toFixed(0)} | ${health.failures} / ${health.slowestMs.toFixed(0)} | ${result.note ?? ""} |`,
    };
  });
  const internal = rows.reduce((sum, row) => sum + row.internal, 0);
  const peak = Math.max(0, ...run.results.map((each) => each.peakRssMb));
  const isClean = run.isAlive && internal === 0 && run.health.failures === 0;
  const text = [
    `mode: ${run.mode}; ${run.machine}`,
    "",
    "| kind | requests | statuses (count × HTTP status, codes) | internal errors | slowest ms | peak RSS MB | /healthz failed / slowest ms | notes |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => row.line),
    "",
    `server alive at the end: ${run.isAlive ? "yes" : "NO (crashed)"}; internal errors: ${internal}; peak RSS ${peak.toFixed(0)} MB`,
    `/healthz: ${run.health.probes} probes, ${run.health.failures} failed or took over 2 s, slowest ${run.health.slowestMs.toFixed(0)} ms`,
    `result: ${isClean ? "CLEAN" : "NOT CLEAN"}`,
  ].join("\n");
  return { text, isClean };
}
