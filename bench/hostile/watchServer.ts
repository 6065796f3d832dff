import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

export interface ServerWatch {
  peakRssMb(): number;
  /** /healthz answers that failed or took over 2 s, and the slowest answer. */
  health(): { probes: number; failures: number; slowestMs: number };
  resetPeak(): number;
  /** The /healthz figures since the last call (for one kind), then starts counting again. */
  takeKindHealth(): { failures: number; slowestMs: number };
  stop(): void;
}

// The probe runs on its own thread, so the runner's own work (building bombs, reading a thousand
// answers) never delays it: a slow /healthz is the server's.
const PROBE = `
const { parentPort, workerData } = require("node:worker_threads");
let stopped = false;
parentPort.on("message", () => { stopped = true; });
(async () => {
  while (!stopped) {
    const started = performance.now();
    let ok = false;
    try {
      const response = await fetch(workerData.url + "/healthz", { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      ok = response.ok;
    } catch {}
    parentPort.postMessage({ ok, ms: performance.now() - started });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  parentPort.close();
})();
`;

/** Reads the server's RSS from /proc every 100 ms and asks /healthz every 250 ms from a worker thread. */
export function watchServer(url: string, pid: number | null): ServerWatch {
  let peak = 0;
  let probes = 0;
  let failures = 0;
  let slowestMs = 0;
  let kindFailures = 0;
  let kindSlowestMs = 0;
  const rssTimer = setInterval(() => {
    if (pid !== null) peak = Math.max(peak, rssMbOf(pid));
  }, 100);
  const worker = new Worker(PROBE, { eval: true, workerData: { url } });
  worker.on("message", ({ ok, ms }: { ok: boolean; ms: number }) => {
    probes++;
    if (!ok) {
      failures++;
      kindFailures++;
    }
    slowestMs = Math.max(slowestMs, ms);
    kindSlowestMs = Math.max(kindSlowestMs, ms);
  });
  return {
    peakRssMb: () => peak,
    health: () => ({ probes, failures, slowestMs }),
    resetPeak() {
      const was = peak;
      peak = pid !== null ? rssMbOf(pid) : 0;
      return was;
    },
    takeKindHealth() {
      const taken = { failures: kindFailures, slowestMs: kindSlowestMs };
      kindFailures = 0;
      kindSlowestMs = 0;
      return taken;
    },
    stop() {
      worker.postMessage("stop");
      clearInterval(rssTimer);
    },
  };
}

function rssMbOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
