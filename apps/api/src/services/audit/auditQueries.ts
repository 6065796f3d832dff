import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { AuditEventRecord } from "../../data/records.ts";
import { findAuditHistory, findRecentActivity } from "../../data/repositories/auditRepository.ts";
import { AppError } from "../../errors.ts";

const MAX_ACTIVITY = 200;

/** A record's change history, newest first: readable by anyone signed in. */
export function getAuditHistory(
  ctx: GraphQLContext,
  entityType: string,
  entityId: string,
): Promise<AuditEventRecord[]> {
  requireRole(ctx, "VIEWER");
  return findAuditHistory(ctx.db.prisma, entityType, entityId);
}

/** Recent changes across the scorecard, newest first (editor and admin: it names who did what). */
export function listActivity(
  ctx: GraphQLContext,
  args: { limit?: number | null; before?: string | null },
): Promise<AuditEventRecord[]> {
  requireRole(ctx, "EDITOR");
  const limit = args.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ACTIVITY) {
    throw new AppError("BAD_USER_INPUT", `limit must be from 1 to ${MAX_ACTIVITY}`);
  }
  if (args.before != null && !/^\d+$/.test(args.before))
    throw new AppError("BAD_USER_INPUT", "before must be an event id");
  return findRecentActivity(ctx.db.prisma, limit, args.before == null ? null : BigInt(args.before));
}
