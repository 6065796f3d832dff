import type { ReactNode } from "react";

/** One entry of a chart key: the mark as drawn on the chart, then its meaning in words. */
export function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1">
      {swatch}
      {children}
    </li>
  );
}
