// Button looks shared by the editing views: 44 px targets (WCAG 2.5.8 asks 24; the app uses 44 throughout).
const base =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-4 font-medium disabled:opacity-60";

/** Tailwind classes for the editing views' buttons, by weight. */
export const buttonClasses = {
  primary: `${base} bg-brand text-brand-ink`,
  secondary: `${base} border border-brand bg-surface text-brand`,
  quiet: `${base} border border-line bg-surface text-link`,
  danger: `${base} border border-fail bg-surface text-fail`,
} as const;
