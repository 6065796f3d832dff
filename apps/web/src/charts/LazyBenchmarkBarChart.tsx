import { lazy } from "react";
import type { BenchmarkBarChartProps } from "./BenchmarkBarChart";
import { DeferredChart } from "./DeferredChart";

// Recharts stays out of the first view's bundle; it loads with the first chart that needs it.
const BenchmarkBarChart = lazy(async () => ({
  default: (await import("./BenchmarkBarChart")).BenchmarkBarChart,
}));

export function LazyBenchmarkBarChart(props: BenchmarkBarChartProps) {
  return (
    <DeferredChart heightClass="h-48">
      <BenchmarkBarChart {...props} />
    </DeferredChart>
  );
}
