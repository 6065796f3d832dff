/** The reporting quarter of the highlight report: "March – May 23", written about data to Mar-23. */
export const REPORT_PERIOD_CODE = "2023-Q-MAR-MAY";
