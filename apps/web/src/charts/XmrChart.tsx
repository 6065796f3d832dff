import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { chartColours } from "./chartColours";
import { monthTicks } from "./monthTicks";
import type { TickScale } from "./niceTicks";
import type { XmrChartData } from "./toXmrRows";
import { XmrPoint } from "./XmrPoint";
import { yAxisTicks } from "./yAxisTicks";

export interface XmrChartProps {
  data: XmrChartData;
  format: (value: number) => string;
  target?: number | null;
  targetLabel?: string | null;
  /** SLA or target: the word on the target line's own label ("SLA 1:00:00", "Target 1,189"). */
  targetKind?: "SLA" | "TARGET" | null;
  /** How values step on the axis: clock units for durations, whole numbers for counts. */
  tickScale?: TickScale;
  showConfidenceBand: boolean;
  /** What the value line is called in the tooltip: "Rolling 12-month value" on a trend-only chart. */
  seriesLabel?: string;
}

function segmentLines(count: number) {
  const segments = Array.from({ length: count }, (_, n) => n);
  return segments.flatMap((i) => [
    <Line
      key={`c${i}`}
      dataKey={`centre_${i}`}
      stroke={chartColours.centre}
      strokeWidth={2}
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      name="Centre line"
    />,
    <Line
      key={`u${i}`}
      dataKey={`upper_${i}`}
      stroke={chartColours.limit}
      strokeDasharray="6 4"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      name="Upper control limit"
    />,
    <Line
      key={`l${i}`}
      dataKey={`lower_${i}`}
      stroke={chartColours.limit}
      strokeDasharray="6 4"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      name="Lower control limit"
    />,
  ]);
}

// At most this many month labels: room for "Mar-23" on a phone. Choosing them ourselves also spares Recharts
// from measuring every label's text in the DOM to choose which fit (its default), which was most of the
// chart's first render: ~0.5 s of main thread under Lighthouse's mobile CPU (it keeps total blocking time low).
const MAX_MONTH_LABELS = 6;
const noVerticalLines = () => [];
/** Dash-dot: the key (XmrLegend) draws the same. */
export const TARGET_DASH = "10 4 2 4";

/**
 * The target: its own colour, a dash-dot line and its value written on it, so it is never read as the
 * centre line (solid) or a control limit (dashed). A function, not a component: Recharts reads its
 * direct children.
 */
function targetLine(
  target: number,
  format: XmrChartProps["format"],
  targetLabel: XmrChartProps["targetLabel"],
  targetKind: XmrChartProps["targetKind"],
) {
  return (
    <ReferenceLine
      y={target}
      stroke={chartColours.target}
      strokeWidth={2.5}
      strokeDasharray={TARGET_DASH}
      ifOverflow="extendDomain"
      name={targetLabel ?? undefined}
      label={{
        value: `${targetKind === "SLA" ? "SLA" : "Target"} ${format(target)}`,
        position: "insideTopRight",
        fill: chartColours.target,
        fontSize: 13,
        fontWeight: 600,
      }}
    />
  );
}

/** A labelled vertical line at each process change, where the limits may be recalculated. */
function processChangeLines(processChanges: XmrChartProps["data"]["processChanges"]) {
  return processChanges.map((pc) => (
    <ReferenceLine
      key={pc.period}
      x={pc.periodLabel}
      stroke={chartColours.neutral}
      label={{ value: pc.label, position: "top", fill: "var(--color-ink)", fontSize: 12 }}
    />
  ));
}

/** Month labels along the bottom (at most MAX_MONTH_LABELS) and the value axis on the ticks given. */
function axes(data: XmrChartProps["data"], format: XmrChartProps["format"], valueTicks: number[]) {
  const first = valueTicks[0];
  const last = valueTicks.at(-1);
  return [
    <XAxis
      key="x"
      dataKey="label"
      tick={{ fill: "var(--color-muted)", fontSize: 12 }}
      ticks={monthTicks(
        data.rows.map((row) => row.label),
        MAX_MONTH_LABELS,
      )}
      interval={0}
    />,
    <YAxis
      key="y"
      tickFormatter={format}
      interval={0}
      tick={{ fill: "var(--color-muted)", fontSize: 12 }}
      width={72}
      ticks={valueTicks.length > 0 ? valueTicks : undefined}
      domain={first !== undefined && last !== undefined ? [first, last] : ["auto", "auto"]}
    />,
  ];
}

/** Presentational XmR chart: values, per-segment centre line and limits, target, CI band, process changes. */
export function XmrChart({
  data,
  format,
  target,
  targetLabel,
  showConfidenceBand,
  seriesLabel = "Value",
  targetKind,
  tickScale = "decimal",
}: XmrChartProps) {
  const valueTicks = yAxisTicks(data, target, tickScale);
  return (
    <ResponsiveContainer width="100%" height={360}>
      <ComposedChart data={data.rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
        {/* No vertical lines, so no vertical coordinates: Recharts would otherwise work out the x ticks again,
            measuring their labels in the DOM. */}
        <CartesianGrid
          stroke="var(--color-neutral-soft)"
          vertical={false}
          verticalCoordinatesGenerator={noVerticalLines}
        />
        {axes(data, format, valueTicks)}
        {showConfidenceBand ? (
          <Area
            dataKey="ciRange"
            fill={chartColours.ci}
            stroke="none"
            isAnimationActive={false}
            name="95% confidence interval"
          />
        ) : null}
        {segmentLines(data.segmentCount)}
        {target != null ? targetLine(target, format, targetLabel, targetKind) : null}
        {processChangeLines(data.processChanges)}
        <Line
          dataKey="value"
          stroke={chartColours.value}
          strokeWidth={1.5}
          dot={<XmrPoint />}
          isAnimationActive={false}
          name={seriesLabel}
        />
        <Tooltip formatter={(v) => (typeof v === "number" ? format(v) : String(v))} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
