import { useId } from "react";
import { FieldMessage } from "../../ui/FieldMessage";
import { inputClasses } from "../../ui/inputClasses";
import { clampProgress } from "./clampProgress";

/**
 * Deliverable progress as a slider and a number box kept in step: moving one sets the other. The
 * box holds the text as typed (it may be empty mid-edit); the slider shows that text read as 0–100.
 * `error` is the API's wording ("must be a whole number from 0 to 100"), shown after the field's name.
 */
export function ProgressField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const asNumber = clampProgress(value) ?? 0;
  const describedBy = error ? `${id}-error` : `${id}-hint`;
  return (
    <fieldset>
      <legend className="font-medium">Progress</legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        Percentage complete, 0 to 100.
      </p>
      <div className="mt-1 flex items-center gap-3">
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={asNumber}
          aria-label="Progress slider"
          aria-valuetext={`${asNumber}%`}
          onChange={(e) => onChange(e.target.value)}
          className="h-11 flex-1 accent-brand"
        />
        <label htmlFor={`${id}-number`} className="sr-only">
          Progress (%)
        </label>
        <input
          id={`${id}-number`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          className={`${inputClasses(Boolean(error), "w-24")} flex-none`}
        />
        <span aria-hidden="true">%</span>
      </div>
      <FieldMessage id={`${id}-error`} message={error ? `Progress ${error}.` : undefined} />
    </fieldset>
  );
}
