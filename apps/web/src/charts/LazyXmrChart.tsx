import { lazy, Suspense } from "react";
import type { XmrChartProps } from "./XmrChart";

// Recharts is only fetched when a drill-down chart is shown, keeping it out of the first view's bundle.
const XmrChart = lazy(async () => ({ default: (await import("./XmrChart")).XmrChart }));

export function LazyXmrChart(props: XmrChartProps) {
  return (
    <Suspense
      fallback={
        <div role="status" className="h-[360px] animate-pulse rounded bg-neutral-soft">
          Loading chart…
        </div>
      }
    >
      <XmrChart {...props} />
    </Suspense>
  );
}
