/** A designed loading state: says what is loading, announced politely, with a skeleton of the shape to come. */
export function LoadingState({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-6">
      <p className="text-muted">Loading {what}…</p>
      <div aria-hidden="true" className="grid gap-3 md:grid-cols-2">
        <div className="h-24 animate-pulse rounded-lg bg-neutral-soft" />
        <div className="h-24 animate-pulse rounded-lg bg-neutral-soft" />
      </div>
    </div>
  );
}
