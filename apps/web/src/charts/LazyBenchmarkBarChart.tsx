import { lazy, Suspense } from "react";
import type { BenchmarkBarChartProps } from "./BenchmarkBarChart";

// Recharts stays out of the first view's bundle; it loads with the first chart that needs it.
const BenchmarkBarChart = lazy(async () => ({
  default: (await import("./BenchmarkBarChart")).BenchmarkBarChart,
}));

export function LazyBenchmarkBarChart(props: BenchmarkBarChartProps) {
  return (
    <Suspense
      fallback={
        <div role="status" className="h-48 animate-pulse rounded bg-neutral-soft">
          Loading chart…
        </div>
      }
    >
      <BenchmarkBarChart {...props} />
    </Suspense>
  );
}
