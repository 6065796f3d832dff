import type { TransactionRepositories } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";

export const CORRECTION_REASON_MAX = 500;
export const CORRECTION_REASON_NEEDED = "This quarter is published; say why you are correcting it";

/**
 * A published quarter is frozen: a write to one of its records is a correction, and a correction says
 * why (kept in the audit row). Returns the reason to store (null when none was given, which only a
 * draft allows); problems go to `checks` under the field `reason`.
 */
export function checkCorrectionReason(
  checks: FieldChecks,
  period: Pick<ReportingPeriodRecord, "status"> | null | undefined,
  reason: string | null | undefined,
): string | null {
  const given = reason?.trim() || null;
  if (period?.status === "PUBLISHED" && given === null) checks.fail("reason", CORRECTION_REASON_NEEDED);
  if (given !== null && given.length > CORRECTION_REASON_MAX) {
    checks.fail("reason", `must be at most ${CORRECTION_REASON_MAX} characters`);
  }
  return given;
}

/**
 * The same rule for a write that finds its record's quarter only once it has read the record inside
 * its transaction: the quarter is read in that transaction too (a read outside it would wait on it
 * where the database runs one transaction at a time), and a refusal throws ValidationFailed, which
 * rolls the transaction back, so nothing changes.
 */
export async function correctionReasonFor(
  tx: Pick<TransactionRepositories, "quarters">,
  reportingPeriodId: number,
  reason: string | null | undefined,
): Promise<string | null> {
  const period = await tx.quarters.findById(reportingPeriodId);
  const checks = new FieldChecks();
  const given = checkCorrectionReason(checks, period, reason);
  checks.throwIfAny();
  return given;
}
