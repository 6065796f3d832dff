import { chartColours } from "./chartColours";
import type { XmrRow } from "./toXmrRows";

/**
 * A point's mark. Special-cause points differ by shape as well as colour (WCAG 1.4.1):
 * improvement = square, concern = triangle, other special cause = diamond, common cause = small dot.
 * Illustrative (generated) months are hollow, published ones filled.
 */
export function XmrPoint({ cx, cy, payload }: { cx?: number; cy?: number; payload?: XmrRow }) {
  if (cx == null || cy == null || !payload || Number.isNaN(payload.value)) return null;
  const hollow = payload.illustrative ? "white" : undefined;
  switch (payload.signal) {
    case "IMPROVEMENT":
      return (
        <rect
          x={cx - 6}
          y={cy - 6}
          width={12}
          height={12}
          fill={hollow ?? chartColours.improvement}
          stroke={chartColours.improvement}
          strokeWidth={2}
        />
      );
    case "CONCERN":
      return (
        <path
          d={`M${cx},${cy - 8} L${cx + 7},${cy + 6} L${cx - 7},${cy + 6} Z`}
          fill={hollow ?? chartColours.concern}
          stroke={chartColours.concern}
          strokeWidth={2}
        />
      );
    case "NEUTRAL":
      return (
        <path
          d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`}
          fill={hollow ?? chartColours.neutral}
          stroke={chartColours.neutral}
          strokeWidth={2}
        />
      );
    default:
      // A hollow dot needs a larger radius and a firmer ring than a filled one to read as hollow.
      return payload.illustrative ? (
        <circle cx={cx} cy={cy} r={4} fill="white" stroke={chartColours.value} strokeWidth={1.5} />
      ) : (
        <circle cx={cx} cy={cy} r={3} fill={chartColours.value} stroke={chartColours.value} />
      );
  }
}
