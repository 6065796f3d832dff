import { ratioTo } from "./ratioTo.ts";
import type { Measurement } from "./types.ts";

const headings = [
  "server",
  "question",
  "conns",
  "req/s",
  "p50 ms",
  "p99 ms",
  "bytes",
  "errors",
  "× PostGraphile",
  "× floor",
];

/** The measurements side by side as rows of cells, for the console and for RESULTS.md. */
export function formatTable(rows: Measurement[], all: Measurement[] = rows): string[][] {
  const ratio = (value: number | undefined) => (value === undefined ? "–" : `${value.toFixed(2)}×`);
  return [
    headings,
    ...rows.map((row) => [
      row.server,
      row.question,
      String(row.connections),
      row.rps.toFixed(0),
      row.requests > 0 ? String(row.p50) : "–",
      row.requests > 0 ? String(row.p99) : "–",
      String(row.bytes),
      String(row.errors),
      row.server === "PostGraphile 5" ? "1.00×" : ratio(ratioTo(row, all, "PostGraphile 5")),
      row.server === "floor" ? "1.00×" : ratio(ratioTo(row, all, "floor")),
    ]),
  ];
}
