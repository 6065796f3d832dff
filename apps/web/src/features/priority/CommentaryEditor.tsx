import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { TextListEditor } from "./TextListEditor";
import { useCommentaryOps } from "./useCommentaryOps";

const EditableCommentaryQuery = graphql(`
  query EditableCommentary($number: Int!, $period: String) {
    priority(number: $number) {
      id
      number
      scorecards {
        id
        sections {
          id
          commentary(period: $period, includeRetired: true) { ...EditableCommentary }
        }
      }
    }
  }
`);

/**
 * A scorecard section's commentary, editable in place (editors only: wrap in RequireRole with the
 * read-only list as fallback). Retired lines are loaded so a reorder sends the whole stored list.
 */
export function CommentaryEditor({
  priority,
  sectionId,
  period,
}: {
  priority: number;
  sectionId: string;
  period?: string | undefined;
}) {
  const { data, loading, error, refetch } = useQuery(EditableCommentaryQuery, {
    variables: { number: priority, period },
  });
  const ops = useCommentaryOps(sectionId, period);
  if (loading && !data) return <LoadingState what="commentary" />;
  if (error) return <ErrorState what="the commentary" error={error} onRetry={() => void refetch()} />;
  const section = data?.priority?.scorecards.flatMap((s) => s.sections).find((s) => s.id === sectionId);
  return (
    <TextListEditor
      title="Commentary"
      noun="commentary line"
      emptyText="No commentary this period"
      entityType="SectionCommentary"
      items={section?.commentary ?? []}
      ops={ops}
      headingLevel={3}
    />
  );
}
