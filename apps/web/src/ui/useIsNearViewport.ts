import { type RefObject, useEffect, useState } from "react";

/**
 * Becomes true once the element comes within `margin` of the viewport, and stays true. Heavy parts
 * below the fold (the Recharts charts: ~0.5 s of main thread under Lighthouse's mobile CPU) are drawn
 * when the reader scrolls towards them rather than while the page is becoming interactive.
 */
export function useIsNearViewport(ref: RefObject<Element | null>, margin = "600px"): boolean {
  const [isNear, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (isNear || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, isNear]);
  return isNear;
}
