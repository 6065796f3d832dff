// @pcc/seed: the Quarterly PCC Highlight Report (March – May 23) as typed data, plus clearly labelled
// illustrative monthly history. No I/O: apps/api/src/data/seed/seedDatabase.ts writes it to the database.
export { buildSeedData } from "./buildSeedData.ts";
export { ILLUSTRATIVE_RELEASE } from "./history/ILLUSTRATIVE_RELEASE.ts";
export { xmrLimits } from "./history/xmrLimits.ts";
export { yearOnYear } from "./history/yearOnYear.ts";
export { observationKey } from "./observationKey.ts";
export { REPORT_PERIOD_CODE } from "./report/REPORT_PERIOD_CODE.ts";
export { REPORT_RELEASE } from "./report/REPORT_RELEASE.ts";
export { SUMMARY } from "./report/SUMMARY.ts";
export type * from "./types.ts";
