// National-scale benchmark for the XmR engine: 43 forces × 300 metrics × 120 months.
// Prints the time to compute limits + special-cause signals with the typed-array kernel, with the
// object-based computeXmr the API uses, and with a naive object-based implementation as a baseline.
// Run: pnpm --filter @pcc/domain bench
import { computeXmr } from "../src/spc/computeXmr.ts";
import { DEFAULT_XMR_SETTINGS } from "../src/spc/DEFAULT_XMR_SETTINGS.ts";
import type { SpcInputPoint } from "../src/spc/SpcInputPoint.ts";
import { xmrKernel } from "../src/spc/xmrKernel.ts";
import { naiveXmr } from "../test/naiveXmr.ts";
import { series } from "../test/series.ts";

const FORCES = 43;
const METRICS = 300;
const MONTHS = 120;
const SERIES = FORCES * METRICS;

/** Deterministic data: a seeded LCG so every run times the same work. Level + noise + occasional steps. */
function makeData(): Float64Array {
  let state = 20230301;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const values = new Float64Array(SERIES * MONTHS);
  for (let s = 0; s < SERIES; s++) {
    const level = 50 + random() * 1000;
    let step = 0;
    for (let m = 0; m < MONTHS; m++) {
      if (random() < 0.01) step += (random() - 0.5) * level * 0.3;
      values[s * MONTHS + m] = level + step + (random() - 0.5) * level * 0.1;
    }
  }
  return values;
}

function time(label: string, run: () => number): { label: string; ms: number; signals: number } {
  run(); // warm-up, so the JIT has compiled the hot loops before timing
  const start = performance.now();
  const signals = run();
  return { label, ms: performance.now() - start, signals };
}

const data = makeData();
const months = Int32Array.from({ length: MONTHS }, (_, i) => 24000 + i);
const settings = {
  fixAfterPoints: 0,
  screenMovingRanges: false,
  runLength: DEFAULT_XMR_SETTINGS.runLength,
  trendLength: DEFAULT_XMR_SETTINGS.trendLength,
  twoOfThreeCountsOutside: true,
  minimumPoints: DEFAULT_XMR_SETTINGS.minimumPoints,
};

const typed = time("typed-array kernel (xmrKernel)", () => {
  const flags = new Uint8Array(MONTHS);
  const starts = [0];
  let special = 0;
  for (let s = 0; s < SERIES; s++) {
    xmrKernel(data.subarray(s * MONTHS, (s + 1) * MONTHS), months, starts, MONTHS, settings, flags);
    for (let i = 0; i < MONTHS; i++) if (flags[i] !== 0) special++;
  }
  return special;
});

const asArrays: number[][] = Array.from({ length: SERIES }, (_, s) =>
  Array.from(data.subarray(s * MONTHS, (s + 1) * MONTHS)),
);
const inputs: SpcInputPoint[][] = asArrays.map((values) => series("2013-04", values));

const objects = time("computeXmr (objects, as the API returns)", () => {
  let special = 0;
  for (const points of inputs) {
    for (const p of computeXmr(points, { polarity: "HIGHER_IS_BETTER" }).points) if (p.special) special++;
  }
  return special;
});

const naive = time("naive object-based baseline", () => {
  let special = 0;
  const opts = { runLength: 7, trendLength: 7, countOutside: true };
  for (const values of asArrays)
    for (const p of naiveXmr(values, opts).points) if (p.rules.length > 0) special++;
  return special;
});

console.log(
  `XmR + signals for ${FORCES} forces × ${METRICS} metrics × ${MONTHS} months = ${SERIES * MONTHS} points`,
);
console.table(
  [typed, objects, naive].map((r) => ({
    implementation: r.label,
    "time (ms)": Number(r.ms.toFixed(1)),
    "points flagged": r.signals,
    "vs naive": `${(naive.ms / r.ms).toFixed(1)}×`,
  })),
);
if (typed.signals !== naive.signals || objects.signals !== naive.signals) {
  console.error("Implementations disagree on the number of flagged points");
  process.exitCode = 1;
}
