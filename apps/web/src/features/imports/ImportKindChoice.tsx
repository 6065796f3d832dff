import type { ImportKind } from "./importReportTypes";

const KINDS: { value: ImportKind; label: string; hint: string }[] = [
  {
    value: "observations",
    label: "Observations",
    hint: "metric, area, period, value, optional confidence interval",
  },
  {
    value: "benchmarks",
    label: "Benchmarks",
    hint: "metric, comparator, period, value, optional confidence interval",
  },
];

/** Which kind of rows the file holds, as radio buttons with the columns each kind needs. */
export function ImportKindChoice({
  kind,
  disabled,
  onChange,
}: {
  kind: ImportKind;
  disabled: boolean;
  onChange: (kind: ImportKind) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="font-medium">What does the file hold?</legend>
      {KINDS.map((option) => (
        <label key={option.value} className="flex min-h-11 items-center gap-2">
          <input
            type="radio"
            name="import-kind"
            value={option.value}
            checked={kind === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
            className="h-5 w-5"
          />
          <span>
            {option.label} <span className="text-sm text-muted">({option.hint})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
