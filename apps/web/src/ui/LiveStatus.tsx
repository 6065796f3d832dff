/** A polite live region: save outcomes are announced without moving focus (WCAG 4.1.3). */
export function LiveStatus({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" className="min-h-6 text-sm text-muted">
      {message}
    </p>
  );
}
