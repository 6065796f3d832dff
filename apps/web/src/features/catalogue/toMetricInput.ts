import type { EditableValues } from "../editing/EditableValues";
import { METRIC_FIELDS } from "./METRIC_FIELDS";

type FieldErrors = { field: string; message: string }[];

/**
 * The API's input from the form's values (only those given): text trimmed, empty as null, numbers
 * read from their text. A number that does not read is a field error here, before anything is sent.
 * @example toMetricInput({ target: "3600", targetLabel: " " }) // { input: { target: 3600, targetLabel: null }, errors: [] }
 */
export function toMetricInput(values: EditableValues): {
  input: Record<string, unknown>;
  errors: FieldErrors;
} {
  const input: Record<string, unknown> = {};
  const errors: FieldErrors = [];
  for (const field of METRIC_FIELDS) {
    if (!(field.key in values)) continue;
    const raw = values[field.key];
    const text = raw === null || raw === undefined ? "" : String(raw).trim();
    if (text === "") {
      input[field.key] = null;
      continue;
    }
    if (field.kind === "integer" || field.kind === "number") {
      const n = Number(text.replace(/,/g, ""));
      const isValid = Number.isFinite(n) && (field.kind === "number" || Number.isInteger(n));
      if (!isValid)
        errors.push({
          field: field.key,
          message: field.kind === "integer" ? "must be a whole number" : "must be a number",
        });
      else input[field.key] = n;
      continue;
    }
    input[field.key] = text;
  }
  return { input, errors };
}
