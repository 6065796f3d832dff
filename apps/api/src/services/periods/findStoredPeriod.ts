import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import type { FieldChecks } from "../shared/FieldChecks.ts";
import { resolvePeriod } from "./resolvePeriod.ts";

/**
 * A stored reporting period for a write (statements and commentary belong to one); an unknown
 * code is a field error on `field`, and the result is then null.
 */
export async function findStoredPeriod(
  ctx: Pick<GraphQLContext, "loaders">,
  code: string | null | undefined,
  field: string,
  checks: FieldChecks,
): Promise<ReportingPeriodRecord | null> {
  try {
    const period = await resolvePeriod(ctx, code);
    if (period.id > 0) return period;
  } catch {
    // An unknown code is reported as a field error below.
  }
  checks.fail(field, `reporting period ${code} does not exist`);
  return null;
}
