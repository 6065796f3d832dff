import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { AuditEventRecord } from "../../data/records.ts";
import { AppError } from "../../errors.ts";

const MAX_ACTIVITY = 200;

// A user's audit rows hold their email, name, role and flags: only admins may list users, so only
// admins may read those rows, one by one or in the activity feed.
const ADMIN_ONLY_ENTITY_TYPES = ["User"];

/** A record's change history, newest first: readable by anyone signed in, a user's by admins. */
export function getAuditHistory(
  ctx: GraphQLContext,
  entityType: string,
  entityId: string,
): Promise<AuditEventRecord[]> {
  requireRole(ctx, ADMIN_ONLY_ENTITY_TYPES.includes(entityType) ? "ADMIN" : "VIEWER");
  return ctx.repos.audit.findHistory(entityType, entityId);
}

/** Recent changes across the scorecard, newest first (editor and admin: it names who did what); user changes for admins only. */
export function listActivity(
  ctx: GraphQLContext,
  args: { limit?: number | null; before?: string | null },
): Promise<AuditEventRecord[]> {
  const viewer = requireRole(ctx, "EDITOR");
  const limit = args.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ACTIVITY) {
    throw new AppError("BAD_USER_INPUT", `limit must be from 1 to ${MAX_ACTIVITY}`);
  }
  if (args.before != null && !/^\d+$/.test(args.before))
    throw new AppError("BAD_USER_INPUT", "before must be an event id");
  return ctx.repos.audit.findRecent({
    limit,
    before: args.before == null ? null : BigInt(args.before),
    excludeEntityTypes: viewer.role === "ADMIN" ? [] : ADMIN_ONLY_ENTITY_TYPES,
  });
}
