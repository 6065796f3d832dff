import { useEffect } from "react";
import { type PresentationAction, presentationKeyAction } from "./presentationKeyAction";

/** Listens for slide keys anywhere on the page, except while typing in a form field. */
export function usePresentationKeys(onAction: (action: NonNullable<PresentationAction>) => void) {
  useEffect(() => {
    const handle = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      // Space on a focused button or link should press it, not advance the slide.
      if (event.key === " " && target?.closest("button, a")) return;
      const action = presentationKeyAction(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener("keydown", handle);
    return () => window.removeEventListener("keydown", handle);
  }, [onAction]);
}
