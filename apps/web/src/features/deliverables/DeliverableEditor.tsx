import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { useViewer } from "../auth/useViewer";
import { DeliverableEditorDialog } from "./DeliverableEditorDialog";
import type { DeliverableFields } from "./DeliverableFields";

/** The deliverable's Edit button and its dialog. Renders nothing for viewers and anonymous visitors. */
export function DeliverableEditor({ deliverable }: { deliverable: DeliverableFields }) {
  const { canEdit } = useViewer();
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses.quiet}>
        Edit<span className="sr-only"> deliverable</span>
      </button>
      {open ? <DeliverableEditorDialog deliverable={deliverable} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
