/** How each definition field is entered: free text, a whole number, a number, or one of a list. */
export type MetricFieldKind = "text" | "longText" | "integer" | "number" | "month" | "choice";

export interface MetricFieldSpec {
  key: string;
  label: string;
  kind: MetricFieldKind;
  hint?: string;
  /** For a choice: value and words; "" is "not set" where the field may be empty. */
  options?: readonly (readonly [string, string])[];
}

const DEFAULT = ["", "Default"] as const;

/** The metric form's fields, in the order the form shows them; keys are the API's input names. */
export const METRIC_FIELDS: readonly MetricFieldSpec[] = [
  { key: "name", label: "Name", kind: "text" },
  { key: "description", label: "Description", kind: "longText" },
  {
    key: "unit",
    label: "Unit",
    kind: "choice",
    options: [
      ["COUNT", "Count"],
      ["PERCENT", "Percentage"],
      ["SECONDS", "Duration (seconds)"],
      ["DAYS", "Days"],
      ["RATE_PER_1000", "Rate per 1,000"],
    ],
  },
  {
    key: "polarity",
    label: "Polarity",
    kind: "choice",
    options: [
      ["LOWER_IS_BETTER", "Lower is better"],
      ["HIGHER_IS_BETTER", "Higher is better"],
      ["NEUTRAL", "Neither (neutral)"],
    ],
  },
  {
    key: "basis",
    label: "Basis",
    kind: "choice",
    options: [
      ["DISCRETE_MONTH", "Discrete month"],
      ["ROLLING_12_MONTHS", "Rolling 12 months"],
      ["TWELVE_MONTHS_TO", "12 months to"],
      ["QUARTER", "Quarter"],
    ],
  },
  {
    key: "changeBasis",
    label: "Change judged on",
    kind: "choice",
    options: [
      ["SAME_MONTH_LAST_YEAR", "Same month last year"],
      ["YEAR_ON_YEAR", "Year on year"],
      ["PREVIOUS_3_MONTHS", "Previous 3 months"],
      ["PREVIOUS_QUARTER", "Previous quarter"],
      ["NONE", "No change judged"],
    ],
  },
  {
    key: "targetKind",
    label: "Target or SLA",
    kind: "choice",
    options: [
      ["", "None"],
      ["TARGET", "Target"],
      ["SLA", "SLA"],
    ],
  },
  {
    key: "target",
    label: "Target or SLA value",
    kind: "number",
    hint: "In the metric's unit: seconds for durations.",
  },
  {
    key: "targetLabel",
    label: "Target or SLA wording",
    kind: "text",
    hint: "As the report words it, e.g. SLA of 1 hour.",
  },
  { key: "targetSetBy", label: "Set by", kind: "text", hint: "e.g. PCC, Force, Home Office." },
  { key: "dataSource", label: "Data source", kind: "text" },
  { key: "sourceUrl", label: "Source web address", kind: "text" },
  { key: "reportingLagMonths", label: "Reporting lag (months)", kind: "integer" },
  { key: "lagNote", label: "Lag note", kind: "text" },
  {
    key: "dataCaptureStart",
    label: "Data capture began",
    kind: "month",
    hint: "A month written YYYY-MM, e.g. 2022-07.",
  },
  {
    key: "spcRunLength",
    label: "SPC run length (shift)",
    kind: "integer",
    hint: "Points on one side of the centre line that make a shift: 5 to 12; empty for the default, 7.",
  },
  {
    key: "spcTrendLength",
    label: "SPC trend length",
    kind: "integer",
    hint: "Points each higher (or lower) than the last that make a trend: 5 to 12; empty for the default, 7.",
  },
  {
    key: "spcTwoOfThreeRule",
    label: "Two-of-three rule",
    kind: "choice",
    options: [DEFAULT, ["2023-11", "2023-11 (counts points beyond the limits)"], ["2019", "2019"]],
  },
  {
    key: "spcBaselinePoints",
    label: "SPC baseline points",
    kind: "integer",
    hint: "Fix the limits after this many points (12 or more); empty to use every point.",
  },
];
