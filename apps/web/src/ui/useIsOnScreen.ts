import { type RefObject, useEffect, useState } from "react";

/**
 * Becomes true once at least `share` of the element is on screen, and stays true. Heavy parts below the
 * fold — the Recharts charts, ~0.15 s of main thread each on a mid-range phone (×4 under Lighthouse's
 * mobile profile) — are drawn when the reader scrolls to them, not while the page is becoming usable.
 */
export function useIsOnScreen(ref: RefObject<Element | null>, share = 0.25): boolean {
  const [isOnScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (isOnScreen || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setOnScreen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= share))
          setOnScreen(true);
      },
      { threshold: share },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, share, isOnScreen]);
  return isOnScreen;
}
