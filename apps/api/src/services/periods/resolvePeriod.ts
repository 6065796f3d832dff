import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { AppError } from "../../errors.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The period a read is about: a ReportingPeriod code, or a bare month "YYYY-MM" (which need not
 * be a stored period), or by default the current period (the newest published QUARTER, for every
 * reader). The request's loaders hold drafts only for editors and admins, so a draft's code from
 * anyone else gets the same answer as a code that does not exist.
 */
export async function resolvePeriod(
  ctx: Pick<GraphQLContext, "loaders">,
  code?: string | null,
): Promise<ReportingPeriodRecord> {
  const periods = await ctx.loaders.reportingPeriods.load("all");
  if (code === null || code === undefined) return currentOf(periods);
  const stored = periods.find((p) => p.code === code);
  if (stored) return stored;
  if (MONTH.test(code))
    return {
      id: 0,
      code,
      label: code,
      kind: "MONTH",
      start: code,
      end: code,
      dataMonth: code,
      status: "PUBLISHED",
      publishedAt: null,
      openedFromId: null,
      planId: null,
      version: 1,
    };
  throw new AppError("BAD_USER_INPUT", `Reporting period ${code} does not exist`);
}

function currentOf(periods: ReportingPeriodRecord[]): ReportingPeriodRecord {
  // Periods come newest first. A draft is being written, so the report everyone reads is the newest
  // published quarter; an editor reaches a draft by its code.
  const current =
    periods.find((p) => p.kind === "QUARTER" && p.status === "PUBLISHED") ??
    periods.find((p) => p.kind === "QUARTER") ??
    periods[0];
  if (!current) throw new AppError("NOT_FOUND", "No reporting periods have been loaded");
  return current;
}
