import { lazy } from "react";
import { DeferredChart } from "./DeferredChart";
import type { XmrChartProps } from "./XmrChart";

// Recharts is only fetched when a drill-down chart is shown, keeping it out of the first view's bundle.
const XmrChart = lazy(async () => ({ default: (await import("./XmrChart")).XmrChart }));

export function LazyXmrChart(props: XmrChartProps) {
  return (
    <DeferredChart heightClass="h-[360px]">
      <XmrChart {...props} />
    </DeferredChart>
  );
}
