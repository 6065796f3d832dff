import type { Machine } from "./describeMachine.ts";
import type { TargetVerdict } from "./evaluateTargets.ts";
import { formatTable } from "./formatTable.ts";
import { renderTable } from "./renderTable.ts";
import type { Measurement, Reference } from "./types.ts";

export interface BenchReport {
  date: string;
  seconds: number;
  machine: Machine;
  references: Reference[];
  measurements: Measurement[];
  stress: Measurement;
  /** Whether the API answered correctly once the 200-connection burst was over. */
  afterStress: string;
  shapes: Measurement[];
  verdicts: TargetVerdict[];
  /** The throughput and latency targets judged on the API with its response cache off. */
  uncachedVerdicts: TargetVerdict[];
  /** The cold path's own targets (evaluateColdPathTargets.ts). */
  coldPathVerdicts: TargetVerdict[];
  metricId: string;
  priorityNumber: number;
  shapeMetricCount: number;
  /** The hand-written analysis from the previous RESULTS.md, kept across runs. */
  analysis: string;
}

export const analysisHeading = "## Analysis (hand-written; the runner keeps this section)";

/** bench/RESULTS.md: the three-way comparison from one run, the machine, and the targets judged. */
export function renderResults(report: BenchReport): string {
  const { machine } = report;
  const shapeRatio = (connections: number) => {
    const at = report.shapes.filter((m) => m.connections === connections);
    const [series, objects] = at;
    if (!series || !objects) return "";
    return `at ${connections}: ${(series.rps / objects.rps).toFixed(1)}× the throughput, p50 ${series.p50} vs ${objects.p50} ms`;
  };
  const [series, objects] = report.shapes;
  return `# API benchmark results

Written by \`pnpm bench\` (bench/run.ts) on ${report.date}. All figures come from this one run.

## Machine

- ${machine.cpus} CPUs (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGiB} GiB memory, ${machine.os}
- Our API and the floor on Node ${machine.node}; PostGraphile on Node ${machine.node22}; ${machine.postgres} on 127.0.0.1:5432
- autocannon runs in the runner's process on the same machine: load generator, server and PostgreSQL share these CPUs. Load average (1 min) at the start and end of the run: ${machine.load}.

## The questions

- **dashboard**: priority ${report.priorityNumber}'s whole scorecard: scorecards, sections, metrics, each metric's monthly series; our API also computes each metric's SPC chart (variation, assurance, and each point's month, value and special-cause flag, asked as the compact arrays \`spc.compact { periods values special }\`: the same information as the earlier \`spc.points { periodEnd value special }\` objects).
- **drill-down**: metric \`${report.metricId}\` (priority ${report.priorityNumber}'s metric with the most observations among those with benchmarks): observations, benchmarks, process changes, narrative; our API also computes SPC (segments, points, signals), comparisons and drafted narrative.
- **our API** runs as deployed (\`RESPONSE_CACHE=on\`, the default): a query that reads only shared data is answered from a per-process cache while the database's data version (one single-row read per request, bumped by a trigger on every write) is unchanged, so a repeated question skips execution (docs/decisions/0009-response-cache.md). **our API (cache off)** is the same code with \`RESPONSE_CACHE=off\`, executing every request: it shows what execution costs when the observations and control limits are already cached for the data's version (the first request after a write costs more: decision 0013 measures it).
- **PostGraphile 5** (amber preset + simplify inflection over \`public\`, under \`NODE_ENV=production\`) cannot compute SPC, comparisons or narrative: it fetches the same rows.
- **floor**: a bare \`node:http\` handler with plain \`pg\` queries and \`JSON.stringify\`; it computes nothing beyond nesting the rows (no limits, signals, comparisons or narrative), so it bounds what any server can do on this data.

What each answer held. The dashboard's values are each metric's headline series: force-wide where the metric has it, else the first area recorded (the API's rule, which the floor copies in SQL); PostGraphile's query can only filter every metric by one area (force-wide), so it returns slightly fewer values.

${renderTable(
  [
    ["server", "question", "metrics / observations", "monthly values / benchmarks", "bytes"],
    ...report.references.map((r) => [
      r.target.server,
      r.target.question,
      String(r.count.items),
      String(r.count.values),
      String(r.bytes),
    ]),
  ],
  "markdown",
)}

## Throughput and latency

${report.seconds} s per run after a warm-up, on loopback; every response body checked (exact reference length, no \`"errors"\`). Ratios compare req/s on the same question and connection count.

${renderTable(formatTable(report.measurements), "markdown")}

**200 connections against our API** (dashboard, ${Math.max(report.seconds, 10)} s): ${report.stress.requests} answers of which ${report.stress.correct} correct, ${report.stress.rps.toFixed(0)} answers/s, p50 ${report.stress.p50} ms, p99 ${report.stress.p99} ms, **${report.stress.errors} errors** (${report.stress.errorKinds}), ${report.stress.unfinished} still in flight at the end; ${report.afterStress}.${report.stress.sampleError ? ` First failed body: \`${report.stress.sampleError.replaceAll("`", "'")}\`` : ""}

## Shape: \`series\` (arrays) vs \`observations\` (objects)

Our API with its response cache off (so each answer is executed), the same monthly data for the ${report.shapeMetricCount} metrics of priority ${report.priorityNumber} with the most observations and nothing else (one alias each: the whole priority's observations as objects is over the answer-size limit), at 1 and 10 connections:

${renderTable(
  formatTable(report.shapes).map((row) => row.slice(0, 8)),
  "markdown",
)}

${series && objects ? `Arrays are ${(objects.bytes / series.bytes).toFixed(1)}× smaller; ${shapeRatio(1)}; ${shapeRatio(10)}.` : ""}

## Targets

${report.verdicts.map((v) => `- ${v.met ? "**met**" : "**not met**"}: ${v.target} (${v.detail})`).join("\n")}

The same throughput and latency targets for **our API (cache off)**, for comparison:

${report.uncachedVerdicts.map((v) => `- ${v.met ? "met" : "not met"}: ${v.target} (${v.detail})`).join("\n")}

## The cold path beside the API as deployed

The same run's rows side by side: our API as deployed (response cache on), with the cache off (every request executed), and PostGraphile.

${renderTable(sideBySide(report.measurements), "markdown")}

The cold path's own targets, judged on **our API (cache off)** at every connection count:

${report.coldPathVerdicts.map((v) => `- ${v.met ? "**met**" : "**not met**"}: ${v.target} (${v.detail})`).join("\n")}

${analysisHeading}

${report.analysis.trim() || "_None yet._"}
`;
}

/** One row per question and connection count: req/s, ratio to PostGraphile and p99 of each of our two servers. */
function sideBySide(measurements: Measurement[]): string[][] {
  const find = (server: string, question: string, connections: number) =>
    measurements.find((m) => m.server === server && m.question === question && m.connections === connections);
  const rows = measurements.filter((m) => m.server === "PostGraphile 5");
  const cells = (m: Measurement | undefined, pg: Measurement) =>
    m
      ? [String(Math.round(m.rps)), pg.rps > 0 ? `${(m.rps / pg.rps).toFixed(2)}×` : "–", String(m.p99)]
      : ["–", "–", "–"];
  return [
    [
      "question",
      "conns",
      "as deployed req/s",
      "× PostGraphile",
      "p99 ms",
      "cache off req/s",
      "× PostGraphile",
      "p99 ms",
      "PostGraphile req/s",
      "p99 ms",
    ],
    ...rows.map((pg) => [
      pg.question,
      String(pg.connections),
      ...cells(find("our API", pg.question, pg.connections), pg),
      ...cells(find("our API (cache off)", pg.question, pg.connections), pg),
      String(Math.round(pg.rps)),
      String(pg.p99),
    ]),
  ];
}
