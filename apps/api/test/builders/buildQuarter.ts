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
  /**
   * For a quarter the database does not hold yet: DRAFT (the default) is being written and seen by
   * editors and admins only; PUBLISHED is frozen (writes need a reason) and seen by everyone. The
   * report's own quarter (the default code) is seeded PUBLISHED and stays so.
   */
  status?: "DRAFT" | "PUBLISHED";
  /** The quarter it was opened from ("last quarter"). */
  openedFrom?: BuiltQuarter;
}

export interface BuiltQuarter {
  id: number;
  code: string;
  label: string;
  status: "DRAFT" | "PUBLISHED";
  version: number;
}

// The quarter of the March – May 23 report, whose data month is Mar-23.
const DEFAULTS = {
  code: "2023-Q-MAR-MAY",
  label: "March – May 23",
  start: "2023-03",
  end: "2023-05",
  dataMonth: "2023-03",
  status: "DRAFT",
} as const;

/**
 * A reporting quarter by its code, created if the database does not hold it yet (the API writes
 * quarters only by opening the next one). The newest published quarter is the API's current period,
 * which writes default to.
 */
export async function buildQuarter(
  server: TestServer,
  overrides: QuarterOverrides = {},
): Promise<BuiltQuarter> {
  const q = { ...DEFAULTS, ...overrides };
  await builderSql(
    server,
    `INSERT INTO "ReportingPeriod" (code, label, kind, "startDate", "endDate", "dataMonth", status, "openedFromId")
     VALUES ($1, $2, 'QUARTER', $3::date, $4::date, $5::date, $6::"PeriodStatus", $7) ON CONFLICT (code) DO NOTHING`,
    [
      q.code,
      q.label,
      `${q.start}-01`,
      `${q.end}-01`,
      `${q.dataMonth}-01`,
      q.status,
      q.openedFrom?.id ?? null,
    ],
  );
  const [row] = await builderSql<BuiltQuarter>(
    server,
    `SELECT id, code, label, status::text AS status, version FROM "ReportingPeriod" WHERE code = $1`,
    [q.code],
  );
  return row!;
}
