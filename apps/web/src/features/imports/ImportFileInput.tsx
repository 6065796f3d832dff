import { useId } from "react";

/** The file to load, with what its months, times and columns may look like. */
export function ImportFileInput({
  disabled,
  onChange,
}: {
  disabled: boolean;
  onChange: (file: File | null) => void;
}) {
  const fileId = useId();
  const hintId = useId();
  return (
    <div>
      <label htmlFor={fileId} className="block font-medium">
        File (.csv or .xlsx)
      </label>
      <p id={hintId} className="text-sm text-muted">
        Months as 2023-04 or as the report writes them (Apr-23); times as seconds or as the app shows them
        (9:45, 1:54:53). The first row names the columns, as in the template.
      </p>
      <input
        id={fileId}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        className="mt-1 block min-h-11"
      />
    </div>
  );
}
