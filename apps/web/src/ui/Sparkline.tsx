import { sparklinePath } from "../charts/sparklinePath";

const WIDTH = 120;
const HEIGHT = 32;

/** A light trend line for tiles: plain SVG, no chart library (25 Recharts tiles block a tablet for seconds). */
export function Sparkline({ values, label }: { values: readonly (number | null)[]; label: string }) {
  const d = sparklinePath(values, WIDTH, HEIGHT - 4);
  if (!d) return null;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 -2 ${WIDTH} ${HEIGHT}`}
      className="h-8 w-full max-w-32 text-brand"
      preserveAspectRatio="none"
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
