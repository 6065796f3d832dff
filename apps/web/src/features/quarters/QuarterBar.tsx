import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { useViewer } from "../auth/useViewer";
import { CorrectionReasonField } from "../editing/CorrectionReasonField";
import { DraftBanner } from "./DraftBanner";
import { OpenNextQuarterButton } from "./OpenNextQuarterButton";
import { PublishQuarterDialog } from "./PublishQuarterDialog";
import { useQuarter } from "./useQuarter";

/**
 * Where the shown quarter stands and what the viewer may do with it: a draft's banner, "Open next
 * quarter" for editors (when it has none), "Publish quarter" for admins (on a draft), and on a published
 * quarter the one place an editor says why they are correcting it. Readers see nothing here: they only
 * ever see published quarters.
 */
export function QuarterBar({ period }: { period: string | undefined }) {
  const { quarter } = useQuarter(period);
  const { canEdit, isAdmin } = useViewer();
  const [isPublishing, setPublishing] = useState(false);
  if (!quarter) return null;
  const isDraft = quarter.status === "DRAFT";
  return (
    <>
      {isDraft ? <DraftBanner label={quarter.label} /> : null}
      {canEdit ? (
        <section
          aria-label={`Quarter ${quarter.label}`}
          className="my-4 rounded-lg border border-line bg-surface p-3"
        >
          <div className="flex flex-wrap items-center gap-3">
            {quarter.next ? null : <OpenNextQuarterButton from={quarter.code} />}
            {isDraft && isAdmin ? (
              <button type="button" onClick={() => setPublishing(true)} className={buttonClasses.primary}>
                Publish quarter
              </button>
            ) : null}
          </div>
          {isDraft ? null : <CorrectionReasonField />}
          {isPublishing ? (
            <PublishQuarterDialog quarter={quarter} onClose={() => setPublishing(false)} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
