import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { chartColours } from "./chartColours";
import type { BenchmarkBar } from "./toBenchmarkBars";

export interface BenchmarkBarChartProps {
  bars: readonly BenchmarkBar[];
  format: (value: number) => string;
}

function barColour(bar: BenchmarkBar): string {
  if (bar.isHome) return chartColours.home;
  if (bar.kind === "MSG_AVERAGE") return chartColours.average;
  if (bar.kind === "NATIONAL") return chartColours.neutral;
  return chartColours.peer;
}

/** Ranked horizontal bars: the force, its MSG peers, the MSG average and national, with CIs where given. */
export function BenchmarkBarChart({ bars, format }: BenchmarkBarChartProps) {
  const rows = bars.map((b) => ({ ...b, label: b.isHome ? `${b.name} (this force)` : b.name }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 40 + 40)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--color-neutral-soft)" />
        <XAxis type="number" tickFormatter={format} tick={{ fill: "var(--color-muted)", fontSize: 12 }} />
        <YAxis
          type="category"
          dataKey="label"
          width={180}
          tick={{ fill: "var(--color-ink)", fontSize: 13 }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          label={{
            position: "right",
            formatter: (v: unknown) => (typeof v === "number" ? format(v) : ""),
            fill: "var(--color-ink)",
            fontSize: 12,
          }}
        >
          {rows.map((b) => (
            <Cell
              key={b.code}
              fill={barColour(b)}
              stroke={b.isHome ? "var(--color-ink)" : "none"}
              strokeWidth={b.isHome ? 2 : 0}
            />
          ))}
          <ErrorBar dataKey="errorRange" width={6} stroke="var(--color-ink)" direction="x" />
        </Bar>
        <Tooltip formatter={(v) => (typeof v === "number" ? format(v) : String(v))} />
      </BarChart>
    </ResponsiveContainer>
  );
}
