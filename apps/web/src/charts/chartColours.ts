// Recharts draws SVG with attribute colours, so it reads the theme tokens as CSS variables.
export const chartColours = {
  value: "var(--color-ink)",
  centre: "var(--color-brand)",
  limit: "var(--color-muted)",
  target: "var(--color-target)",
  ci: "var(--color-improvement-soft)",
  improvement: "var(--color-improvement)",
  concern: "var(--color-concern)",
  neutral: "var(--color-neutral)",
  home: "var(--color-brand)",
  peer: "var(--color-peer)",
  average: "var(--color-concern)",
} as const;
