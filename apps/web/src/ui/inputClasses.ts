/**
 * Tailwind classes for text inputs in the editing views: 44 px high, a visible border, an error border.
 * The width is a parameter because two width utilities on one element resolve by stylesheet order,
 * not by class order (a `w-24` beside `w-full` loses and the box overflows its row).
 */
export function inputClasses(hasError: boolean, width = "w-full"): string {
  const border = hasError ? "border-2 border-fail" : "border border-muted";
  return `min-h-11 ${width} rounded bg-surface px-3 py-2 text-ink ${border}`;
}
