import { type ReactNode, Suspense, useRef } from "react";
import { useIsHydrated } from "../ui/useIsHydrated";
import { useIsNearViewport } from "../ui/useIsNearViewport";

/**
 * Where a lazily loaded Recharts chart goes. The server and hydration render an empty box of the chart's
 * height (so nothing shifts); the chart's code is fetched and drawn once the page is hydrated and the box
 * is near the viewport, so a chart below the fold costs a phone nothing while the page becomes usable.
 */
export function DeferredChart({ heightClass, children }: { heightClass: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const isHydrated = useIsHydrated();
  const isNear = useIsNearViewport(box);
  if (!isHydrated || !isNear) return <div ref={box} className={heightClass} />;
  return (
    <Suspense
      fallback={
        <div role="status" className={`${heightClass} animate-pulse rounded bg-neutral-soft`}>
          Loading chart…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
