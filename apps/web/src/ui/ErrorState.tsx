/** A failed load: what failed, in plain words, and a way to try again. */
export function ErrorState({
  what,
  error,
  onRetry,
}: {
  what: string;
  error?: unknown;
  onRetry?: () => void;
}) {
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <div role="alert" className="rounded-lg border-2 border-fail bg-fail-soft p-6">
      <p className="font-semibold">Could not load {what}.</p>
      {detail ? <p className="mt-1 text-sm">{detail}</p> : null}
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 min-h-11 rounded bg-brand px-4 font-medium text-brand-ink"
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}
