// The JSON the API's /api/imports endpoints return: REST, not GraphQL, so its types come from
// @pcc/domain, where the API takes them too.
export type { ImportAction, ImportReport, ImportRowResult } from "@pcc/domain";

/** The upload URL's word for what a file loads: /api/imports/observations or /api/imports/benchmarks. */
export type ImportKind = "observations" | "benchmarks";
