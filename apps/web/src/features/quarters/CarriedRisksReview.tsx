import { useViewer } from "../auth/useViewer";
import { CarriedRiskReview } from "./CarriedRiskReview";

/** Risks carried from last quarter that nobody has reviewed yet: each is kept, changed or closed. */
export function CarriedRisksReview({
  risks,
}: {
  risks: readonly { id: string; text: string; version: number; review?: string | null }[];
}) {
  const { canEdit } = useViewer();
  const pending = risks.filter((r) => r.review === "PENDING");
  if (!canEdit || pending.length === 0) return null;
  return (
    <section
      aria-labelledby="carried-risks-heading"
      className="mt-4 rounded-lg border-2 border-brand bg-surface p-4"
    >
      <h2 id="carried-risks-heading" className="text-lg font-semibold">
        Risks carried from last quarter: review each
      </h2>
      <p className="text-sm text-muted">
        Keep it as it is, change its wording, or close it for this quarter.
      </p>
      <ul className="mt-2 space-y-2">
        {pending.map((risk) => (
          <CarriedRiskReview key={risk.id} risk={risk} />
        ))}
      </ul>
    </section>
  );
}
