/** The source release of every figure transcribed from the published report. */
export const REPORT_RELEASE = "Quarterly PCC Highlight Report, March – May 23";
