/**
 * A fixed-window counter per key, in process memory. Enough for one replica; several replicas
 * behind a load balancer each allow `limit` (documented in docs/decisions).
 */
export interface RateLimiter {
  /** Counts one attempt for the key; false when the key is over its limit in this window. */
  tryConsume(key: string): boolean;
}

export function createRateLimiter(limit: number, windowMs: number, now = () => Date.now()): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    tryConsume(key) {
      const t = now();
      const current = windows.get(key);
      if (!current || t - current.start >= windowMs) {
        if (windows.size > 10_000) pruneOld(windows, t, windowMs);
        windows.set(key, { start: t, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
  };
}

function pruneOld(windows: Map<string, { start: number }>, t: number, windowMs: number): void {
  for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
}
