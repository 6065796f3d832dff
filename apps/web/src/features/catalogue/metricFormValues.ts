import type { EditableValues } from "../editing/EditableValues";
import { METRIC_FIELDS } from "./METRIC_FIELDS";

/** The form's starting values: every field as the text its box shows ("" for not set). */
export function metricFormValues(metric: Record<string, unknown> | null): EditableValues {
  const values: EditableValues = {};
  for (const field of METRIC_FIELDS) {
    const value = metric?.[field.key];
    values[field.key] = value === null || value === undefined ? "" : String(value);
  }
  if (!metric) {
    values.unit = "COUNT";
    values.polarity = "LOWER_IS_BETTER";
    values.basis = "DISCRETE_MONTH";
    values.changeBasis = "SAME_MONTH_LAST_YEAR";
  }
  return values;
}
