import type { ReactNode } from "react";

/** A point's mark at key size; the shape is the child, so it reads the same as on the chart (XmrPoint). */
export function MarkSwatch({ width = "14", children }: { width?: string; children: ReactNode }) {
  return (
    <svg width={width} height="14" aria-hidden="true">
      {children}
    </svg>
  );
}
