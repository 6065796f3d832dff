import { benchmarkBarStyle } from "../../charts/benchmarkBarStyle";
import type { BenchmarkBar } from "../../charts/toBenchmarkBars";
import { type BenchmarkKeyEntry, benchmarkKeyEntries } from "./benchmarkKeyEntries";

function Swatch({ entry }: { entry: BenchmarkKeyEntry }) {
  if (entry.role === "interval")
    return (
      <svg width="28" height="14" aria-hidden="true" className="shrink-0">
        <g stroke="var(--color-ink)" strokeWidth={2}>
          <line x1="3" x2="25" y1="7" y2="7" />
          <line x1="3" x2="3" y1="1" y2="13" />
          <line x1="25" x2="25" y1="1" y2="13" />
        </g>
      </svg>
    );
  const style = benchmarkBarStyle({
    isHome: entry.role === "home",
    kind: entry.role === "home" || entry.role === "peer" ? "FORCE" : entry.role,
  });
  return (
    <svg width="28" height="14" aria-hidden="true" className="shrink-0">
      <rect
        x="1"
        y="1"
        width="26"
        height="12"
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={style.stroke === "none" ? 0 : 2}
        strokeDasharray={style.dash}
      />
    </svg>
  );
}

/** What each kind of bar and mark in the benchmark chart means. */
export function BenchmarkKey({ bars }: { bars: readonly BenchmarkBar[] }) {
  const entries = benchmarkKeyEntries(bars);
  if (entries.length === 0) return null;
  return (
    <ul aria-label="Chart key" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {entries.map((e) => (
        <li key={e.role} className="flex items-center gap-2">
          <Swatch entry={e} />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
