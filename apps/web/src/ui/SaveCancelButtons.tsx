import { buttonClasses } from "./buttonClasses";

/** A form's Save (submits; disabled while saving) and Cancel, side by side. */
export function SaveCancelButtons({
  isSaving,
  onCancel,
  saveLabel = "Save",
  className = "",
}: {
  isSaving: boolean;
  onCancel: () => void;
  saveLabel?: string;
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap gap-2 ${className}`}>
      <button type="submit" disabled={isSaving} className={buttonClasses.primary}>
        {saveLabel}
      </button>
      <button type="button" onClick={onCancel} className={buttonClasses.quiet}>
        Cancel
      </button>
    </div>
  );
}
