import type { ReportingPeriodRecord } from "../../data/records.ts";

/** The quarter in its GraphQL shape: what a CONFLICT error carries as extensions.current. */
export function presentQuarter(p: ReportingPeriodRecord) {
  return {
    __typename: "ReportingPeriod",
    id: String(p.id),
    code: p.code,
    label: p.label,
    kind: p.kind,
    start: p.start,
    end: p.end,
    dataMonth: p.dataMonth,
    status: p.status,
    publishedAt: p.publishedAt,
    version: p.version,
  };
}
