import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";

const control =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand px-4 text-lg font-semibold";

/** Previous and next buttons with where the audience is ("Slide 3 of 12", announced), and the way out. */
export function SlideControls({
  slide,
  count,
  period,
  onMove,
}: {
  slide: number;
  count: number;
  period: string | undefined;
  onMove: (direction: "previous" | "next") => void;
}) {
  return (
    <nav aria-label="Slides" className="flex items-center gap-2">
      <button type="button" className={control} onClick={() => onMove("previous")} disabled={slide <= 1}>
        ← Previous
      </button>
      <span aria-live="polite" className="px-2 text-lg tabular-nums">
        Slide {Math.min(slide, Math.max(count, 1))} of {count}
      </span>
      <button type="button" className={control} onClick={() => onMove("next")} disabled={slide >= count}>
        Next →
      </button>
      <Link to={withPeriod("/", period)} className={control}>
        Leave (Esc)
      </Link>
    </nav>
  );
}
