/** A short horizontal stroke, drawn as the chart draws the line it stands for (colour, width and dashes). */
export function LineSwatch({
  stroke,
  strokeWidth,
  strokeDasharray,
}: {
  stroke: string;
  strokeWidth?: string;
  strokeDasharray?: string;
}) {
  return (
    <svg width="24" height="12" aria-hidden="true">
      <line
        x1="0"
        y1="6"
        x2="24"
        y2="6"
        stroke={stroke}
        strokeWidth={strokeWidth}
        strokeDasharray={strokeDasharray}
      />
    </svg>
  );
}
