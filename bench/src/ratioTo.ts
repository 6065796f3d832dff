import type { Measurement } from "./types.ts";

/** This row's throughput as a multiple of another server's on the same question and connections. */
export function ratioTo(row: Measurement, all: Measurement[], server: string): number | undefined {
  const other = all.find(
    (m) => m.server === server && m.question === row.question && m.connections === row.connections,
  );
  return other && other.rps > 0 ? row.rps / other.rps : undefined;
}
