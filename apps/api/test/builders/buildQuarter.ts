import type { TestServer } from "../harness/index.ts";
import { builderSql } from "./builderSql.ts";

export interface QuarterOverrides {
  code?: string;
  label?: string;
  /** First month, YYYY-MM. */
  start?: string;
  /** Last month, YYYY-MM. */
  end?: string;
  /** The month whose data the quarter's report is written about, YYYY-MM. */
  dataMonth?: string;
}

export interface BuiltQuarter {
  id: number;
  code: string;
  label: string;
}

// The quarter of the March – May 23 report, whose data month is Mar-23.
const DEFAULTS: Required<QuarterOverrides> = {
  code: "2023-Q-MAR-MAY",
  label: "March – May 23",
  start: "2023-03",
  end: "2023-05",
  dataMonth: "2023-03",
};

/**
 * A reporting quarter by its code, created if the database does not hold it yet (the API has no
 * write for periods). The newest quarter is the API's current period, which writes default to.
 */
export async function buildQuarter(
  server: TestServer,
  overrides: QuarterOverrides = {},
): Promise<BuiltQuarter> {
  const q = { ...DEFAULTS, ...overrides };
  await builderSql(
    server,
    `INSERT INTO "ReportingPeriod" (code, label, kind, "startDate", "endDate", "dataMonth")
     VALUES ($1, $2, 'QUARTER', $3::date, $4::date, $5::date) ON CONFLICT (code) DO NOTHING`,
    [q.code, q.label, `${q.start}-01`, `${q.end}-01`, `${q.dataMonth}-01`],
  );
  const [row] = await builderSql<BuiltQuarter>(
    server,
    `SELECT id, code, label FROM "ReportingPeriod" WHERE code = $1`,
    [q.code],
  );
  return row!;
}
