import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { AppError, notSetUp } from "../../errors.ts";

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
  // Periods come newest first. A draft quarter is never anyone's default: the answer is shared by
  // every reader (the response cache), and a reader must never be shown a draft.
  const published = periods.filter((p) => p.status === "PUBLISHED");
  const current = published.find((p) => p.kind === "QUARTER") ?? published[0];
  if (!current) throw notSetUp("No reporting quarter has been published yet");
  return current;
}
