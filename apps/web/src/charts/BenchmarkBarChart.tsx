import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { benchmarkAxis } from "./benchmarkAxis";
import { benchmarkBarStyle } from "./benchmarkBarStyle";
import type { BenchmarkBar } from "./toBenchmarkBars";

export interface BenchmarkBarChartProps {
  bars: readonly BenchmarkBar[];
  format: (value: number) => string;
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: BenchmarkBar;
}

/**
 * The bar, and its confidence interval as a whisker across its end. Bars start at 0, so the axis
 * scale is the bar's own: a value v sits at x + v × width / value.
 */
function BarWithInterval({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload) return null;
  const style = benchmarkBarStyle(payload);
  const at = (v: number) => x + (payload.value === 0 ? 0 : (v * width) / payload.value);
  const mid = y + height / 2;
  const hasInterval = payload.lower != null && payload.upper != null;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={Math.max(0, width)}
        height={height}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={style.stroke === "none" ? 0 : 2}
        strokeDasharray={style.dash}
      />
      {hasInterval ? (
        <g data-interval={`${payload.lower}-${payload.upper}`}>
          {/* A light halo under the dark whisker keeps it visible over the force's dark bar. */}
          {["var(--color-surface)", "var(--color-ink)"].map((stroke, i) => (
            <g key={stroke} stroke={stroke} strokeWidth={i === 0 ? 5 : 2} strokeLinecap="square">
              <line x1={at(payload.lower!)} x2={at(payload.upper!)} y1={mid} y2={mid} />
              <line x1={at(payload.lower!)} x2={at(payload.lower!)} y1={mid - 7} y2={mid + 7} />
              <line x1={at(payload.upper!)} x2={at(payload.upper!)} y1={mid - 7} y2={mid + 7} />
            </g>
          ))}
        </g>
      ) : null}
    </g>
  );
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/** The value at the end of its bar, past the interval's whisker where there is one. */
function ValueLabel({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  index = 0,
  rows,
  format,
}: ValueLabelProps & { rows: readonly BenchmarkBar[]; format: (v: number) => string }) {
  const bar = rows[index];
  if (!bar) return null;
  const [left, top, w, h] = [x, y, width, height].map(Number) as [number, number, number, number];
  const end = bar.value === 0 ? left : left + (Math.max(bar.value, bar.upper ?? bar.value) * w) / bar.value;
  return (
    <text x={end + 6} y={top + h / 2} dominantBaseline="central" fill="var(--color-ink)" fontSize={12}>
      {format(bar.value)}
    </text>
  );
}

/** Ranked horizontal bars: the force, its peers, the MSG average and national, with intervals where given. */
export function BenchmarkBarChart({ bars, format }: BenchmarkBarChartProps) {
  const rows = bars.map((b) => ({ ...b, label: b.isHome ? `${b.name} (this force)` : b.name }));
  const axis = benchmarkAxis(Math.max(...bars.map((b) => Math.max(b.value, b.upper ?? b.value)), 0));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 40 + 40)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--color-neutral-soft)" />
        <XAxis
          type="number"
          domain={[0, axis.top]}
          ticks={axis.ticks}
          tickFormatter={format}
          tick={{ fill: "var(--color-muted)", fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={180}
          tick={{ fill: "var(--color-ink)", fontSize: 13 }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          shape={<BarWithInterval />}
          label={(props: ValueLabelProps) => <ValueLabel {...props} rows={rows} format={format} />}
        >
          {rows.map((b) => (
            <Cell key={b.code} />
          ))}
        </Bar>
        <Tooltip formatter={(v) => (typeof v === "number" ? format(v) : String(v))} />
      </BarChart>
    </ResponsiveContainer>
  );
}
