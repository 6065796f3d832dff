import { type ReactNode, Suspense, useRef } from "react";
import { useIsHydrated } from "../ui/useIsHydrated";
import { useIsOnScreen } from "../ui/useIsOnScreen";

/**
 * Where a lazily loaded Recharts chart goes. The server and hydration render an empty box of the chart's
 * height (so nothing shifts); the chart's code is fetched and drawn once the page is hydrated and a quarter
 * of the box is on screen, so a chart below the fold costs a phone nothing while the page becomes usable
 * (on a tablet or a meeting-room screen the charts are in view and drawn at once).
 */
export function DeferredChart({ heightClass, children }: { heightClass: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const isHydrated = useIsHydrated();
  const isOnScreen = useIsOnScreen(box);
  if (!isHydrated || !isOnScreen) return <div ref={box} className={heightClass} />;
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
