import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { ModalDialog } from "../../ui/ModalDialog";
import { useViewer } from "../auth/useViewer";
import { HistoryList } from "./HistoryList";
import { useAuditHistory } from "./useAuditHistory";

/**
 * One click to a record's change history (who, when, before → after). entityType as the API audits
 * it: "Deliverable", "Statement", "SectionCommentary", "NarrativeSentence", "Observation".
 * Shown to anyone signed in, as the API allows (auditHistory needs at least a viewer).
 */
export function HistoryButton({
  entityType,
  entityId,
  what,
}: {
  entityType: string;
  entityId: string;
  what: string;
}) {
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  if (!viewer) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="min-h-11 min-w-11 rounded border border-line bg-surface px-2 text-sm text-link"
      >
        History<span className="sr-only"> of {what}</span>
      </button>
      {open ? (
        <ModalDialog title={`History of ${what}`} onClose={() => setOpen(false)}>
          <HistoryBody entityType={entityType} entityId={entityId} />
          <button type="button" onClick={() => setOpen(false)} className={`mt-4 ${buttonClasses.quiet}`}>
            Close
          </button>
        </ModalDialog>
      ) : null}
    </>
  );
}

function HistoryBody({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { data, loading, error, refetch } = useAuditHistory(entityType, entityId);
  if (loading && !data) return <LoadingState what="history" />;
  if (error) return <ErrorState what="the history" error={error} onRetry={() => void refetch()} />;
  return <HistoryList events={data?.auditHistory ?? []} />;
}
