import { readFileSync } from "node:fs";

export interface ServerWatch {
  peakRssMb(): number;
  /** /healthz answers that failed or took over 2 s, and the slowest answer. */
  health(): { probes: number; failures: number; slowestMs: number };
  resetPeak(): number;
  /** The /healthz figures since the last call (for one kind), then starts counting again. */
  takeKindHealth(): { failures: number; slowestMs: number };
  stop(): void;
}

/** Reads the server's RSS from /proc every 100 ms and asks /healthz every 250 ms. */
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
  let stopped = false;
  const probe = async () => {
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(String(response.status));
      } catch {
        failures++;
        kindFailures++;
      }
      probes++;
      slowestMs = Math.max(slowestMs, performance.now() - started);
      kindSlowestMs = Math.max(kindSlowestMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  void probe();
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
      stopped = true;
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
