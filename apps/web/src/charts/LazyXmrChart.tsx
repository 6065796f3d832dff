import { lazy, Suspense } from "react";
import { useIsHydrated } from "../ui/useIsHydrated";
import type { XmrChartProps } from "./XmrChart";

// Recharts is only fetched when a drill-down chart is shown, keeping it out of the first view's bundle.
const XmrChart = lazy(async () => ({ default: (await import("./XmrChart")).XmrChart }));

export function LazyXmrChart(props: XmrChartProps) {
  const isHydrated = useIsHydrated();
  const fallback = (
    <div role="status" className="h-[360px] animate-pulse rounded bg-neutral-soft">
      Loading chart…
    </div>
  );
  // The server sends the placeholder; the chart is drawn in the browser once the page is hydrated.
  if (!isHydrated) return fallback;
  return (
    <Suspense fallback={fallback}>
      <XmrChart {...props} />
    </Suspense>
  );
}
