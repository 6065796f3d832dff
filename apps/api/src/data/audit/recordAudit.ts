import { Prisma } from "../generated/prisma/client.ts";

/** Who made a change: the signed-in viewer, or null for the system (seeder, start-up). */
export interface AuditActor {
  id: number;
  email: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /** Verb-style name, e.g. "deliverable.update", "user.create". */
  action: string;
  /** The stored table name of the record, e.g. "Deliverable", "SectionCommentary". */
  entityType: string;
  entityId: string | number | bigint;
  before: unknown;
  after: unknown;
  /** Why a record of a published quarter was corrected; required for such a change. */
  reason?: string | null;
  requestId?: string | null;
}

/**
 * Appends one row to the audit log. Call it with the SAME transaction client as the write it
 * describes, so the change and its record commit or roll back together. The table is append-only
 * (a trigger refuses UPDATE/DELETE).
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? "system",
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
      requestId: entry.requestId ?? null,
    },
  });
}

// Snapshots often hold Dates, BigInts and Decimals, which JSON columns cannot take as they are.
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === null || value === undefined) return Prisma.DbNull;
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
