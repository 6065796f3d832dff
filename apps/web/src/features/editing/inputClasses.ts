/** Tailwind classes for text inputs in the editing views: 44 px high, a visible border, an error border. */
export function inputClasses(hasError: boolean): string {
  const border = hasError ? "border-2 border-fail" : "border border-muted";
  return `min-h-11 w-full rounded bg-surface px-3 py-2 text-ink ${border}`;
}
