import { useState } from "react";
import type { DueDateText_DeliverableFragment } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { useViewer } from "../auth/useViewer";
import { DueDateCorrectionDialog } from "./DueDateCorrectionDialog";

/** The "Correct date" button and its dialog. Renders nothing for viewers and anonymous visitors. */
export function DueDateCorrector({ deliverable }: { deliverable: DueDateText_DeliverableFragment }) {
  const { canEdit } = useViewer();
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={`${buttonClasses.quiet} mt-1 text-sm`}>
        Correct date
      </button>
      {open ? <DueDateCorrectionDialog deliverable={deliverable} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
