import { lazy, Suspense } from "react";
import { useIsHydrated } from "../ui/useIsHydrated";
import type { BenchmarkBarChartProps } from "./BenchmarkBarChart";

// Recharts stays out of the first view's bundle; it loads with the first chart that needs it.
const BenchmarkBarChart = lazy(async () => ({
  default: (await import("./BenchmarkBarChart")).BenchmarkBarChart,
}));

export function LazyBenchmarkBarChart(props: BenchmarkBarChartProps) {
  const isHydrated = useIsHydrated();
  const fallback = (
    <div role="status" className="h-48 animate-pulse rounded bg-neutral-soft">
      Loading chart…
    </div>
  );
  // The server sends the placeholder; the chart is drawn in the browser once the page is hydrated.
  if (!isHydrated) return fallback;
  return (
    <Suspense fallback={fallback}>
      <BenchmarkBarChart {...props} />
    </Suspense>
  );
}
