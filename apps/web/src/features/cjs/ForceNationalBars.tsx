/** Bars on one scale so force and national compare at a glance; both figures are also written. */
export function ForceNationalBars({
  force,
  national,
  format,
}: {
  force: number;
  national: number;
  format: (v: number) => string;
}) {
  const max = Math.max(force, national) || 1;
  // Label, track and figure in three grid columns: the track takes what is left, so a narrow card
  // shortens the bars rather than pushing the figures out of it.
  const row = (label: string, value: number, colour: string) => (
    <>
      <span>{label}</span>
      <span className="min-w-0">
        <span className={`block h-3 rounded ${colour}`} style={{ width: `${(value / max) * 100}%` }} />
      </span>
      <span className="whitespace-nowrap text-right tabular-nums">{format(value)}</span>
    </>
  );
  return (
    <div
      aria-hidden="true"
      className="mt-2 grid grid-cols-[4.5rem_minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1 text-sm"
    >
      {row("Force", force, "bg-brand")}
      {row("National", national, "bg-peer")}
    </div>
  );
}
