import type { XmrPoint } from "../spc/XmrResult.ts";

/**
 * How many points in a row, ending at index `end`, satisfy `test` — staying within one segment.
 * @example values 10, 8, 7 with test "below 9", end 2 → 2
 */
export function runLengthEndingAt(
  points: XmrPoint[],
  end: number,
  test: (point: XmrPoint, index: number) => boolean,
): number {
  const segment = points[end]?.segmentIndex;
  let count = 0;
  for (let i = end; i >= 0; i--) {
    const point = points[i]!;
    if (point.segmentIndex !== segment || !test(point, i)) break;
    count++;
  }
  return count;
}
