export type PresentationAction = "next" | "previous" | "first" | "last" | "exit" | null;

/**
 * What a key does in presentation mode. Clickers send PageDown/PageUp (some send arrows);
 * Space advances and Shift+Space goes back, as in slide software.
 */
export function presentationKeyAction(key: string, shiftKey = false): PresentationAction {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case " ":
    case "Spacebar":
      return shiftKey ? "previous" : "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "exit";
    default:
      return null;
  }
}

/** The 1-based slide an action leads to, kept within 1..count. */
export function nextSlide(
  current: number,
  action: Exclude<PresentationAction, "exit" | null>,
  count: number,
): number {
  const target = { next: current + 1, previous: current - 1, first: 1, last: count }[action];
  return Math.min(Math.max(target, 1), Math.max(count, 1));
}
