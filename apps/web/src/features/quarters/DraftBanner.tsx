/** One clear notice that nobody outside the team sees this quarter yet. */
export function DraftBanner({ label }: { label: string }) {
  return (
    <aside
      aria-label="Draft quarter"
      className="my-4 rounded-lg border-2 border-dashed border-brand bg-surface p-3"
    >
      <p>
        <strong>Draft – not visible to the public.</strong> {label} is being written: only editors and admins
        see it until an admin publishes it.
      </p>
    </aside>
  );
}
