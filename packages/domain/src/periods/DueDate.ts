/** A deliverable's due date read from the report's text: the last day of the month, quarter or year named. */
export interface DueDate {
  /** "YYYY-MM-DD", the last day of the period named. */
  date: string;
  precision: "month" | "quarter" | "year";
}
