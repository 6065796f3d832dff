import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { TextField } from "../../ui/TextField";
import type { EditableValues } from "../editing/EditableValues";
import { METRIC_FIELDS } from "./METRIC_FIELDS";
import { SelectField } from "./SelectField";

/** Every definition field of the metric form, each with its error beside it. */
export function MetricFields({
  values,
  onChange,
  errors,
}: {
  values: EditableValues;
  onChange: (key: string, value: string) => void;
  errors: readonly { field: string; message: string }[];
}) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {METRIC_FIELDS.map((field) => {
        const value =
          values[field.key] === null || values[field.key] === undefined ? "" : String(values[field.key]);
        const error = fieldErrorFor(errors, field.key);
        const set = (next: string) => onChange(field.key, next);
        if (field.kind === "choice")
          return (
            <SelectField
              key={field.key}
              label={field.label}
              value={value}
              options={field.options ?? []}
              onChange={set}
              hint={field.hint}
              error={error}
            />
          );
        return (
          <div key={field.key} className={field.kind === "longText" ? "md:col-span-2" : undefined}>
            <TextField
              label={field.label}
              value={value}
              onChange={set}
              hint={field.hint}
              error={error}
              {...(field.kind === "longText" ? { rows: 3 } : {})}
            />
          </div>
        );
      })}
    </div>
  );
}
