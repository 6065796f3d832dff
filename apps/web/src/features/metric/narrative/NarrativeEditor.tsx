import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useRefetchActive } from "../../editing/useRefetchActive";
import { NarrativeSentenceEditor } from "./NarrativeSentenceEditor";
import { useNarrativeOps } from "./useNarrativeOps";

const EditableNarrativeQuery = graphql(`
  query EditableNarrative($id: ID!, $period: String) {
    currentPeriod { code }
    metric(id: $id) {
      id
      narrative(period: $period) { ...EditableNarrative }
    }
  }
`);

/**
 * A metric's drafted sentences, each accepted as drafted or rewritten (editors only: wrap in
 * RequireRole with the read-only NarrativeList as fallback).
 */
export function NarrativeEditor({ metricId, period }: { metricId: string; period?: string | undefined }) {
  const { data, loading, error, refetch } = useQuery(EditableNarrativeQuery, {
    variables: { id: metricId, period },
  });
  const ops = useNarrativeOps(metricId, period ?? data?.currentPeriod.code ?? "");
  const refetchActive = useRefetchActive();
  if (loading && !data) return <LoadingState what="narrative" />;
  if (error) return <ErrorState what="the narrative" error={error} onRetry={() => void refetch()} />;
  const sentences = data?.metric?.narrative ?? [];
  if (sentences.length === 0) return <EmptyState title="No narrative for this period" />;
  return (
    <ul className="space-y-3">
      {sentences.map((s, index) => (
        <NarrativeSentenceEditor
          key={s.key}
          sentence={s}
          label={`sentence ${index + 1}`}
          ops={ops}
          onSaved={refetchActive}
        />
      ))}
    </ul>
  );
}
