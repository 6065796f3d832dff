/** A deliverable's progress: the bar is decoration, the percentage is always written. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        className="h-3 flex-1 overflow-hidden rounded-full bg-neutral-soft"
      >
        <div className="h-full rounded-full bg-brand" style={{ width: `${clamped}%` }} />
      </div>
      <span className="w-12 text-right font-semibold tabular-nums">{clamped}%</span>
    </div>
  );
}
