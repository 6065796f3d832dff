import { useId } from "react";
import { FieldMessage } from "./FieldMessage";
import { inputClasses } from "./inputClasses";

/**
 * A labelled text box (one line, or `rows` lines) with an optional hint under the label and the
 * field's error under the box; both are in the box's aria-describedby, so they are read out with it.
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  rows,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  rows?: number;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  const box = {
    id: `${id}-box`,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: inputClasses(Boolean(error)),
  };
  return (
    <div>
      <label htmlFor={box.id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea {...box} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...box} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}
