import { type AuditEntry, recordAudit } from "../audit/recordAudit.ts";
import type { DbClient, Tx } from "../client.ts";
import type { AuditEvent } from "../generated/prisma/client.ts";
import type { AuditEventRecord } from "../records.ts";

const toRecord = (e: AuditEvent): AuditEventRecord => ({
  id: e.id.toString(),
  at: e.at.toISOString(),
  actorEmail: e.actorEmail,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: e.before,
  after: e.after,
  reason: e.reason,
});

export function auditRepository(db: DbClient) {
  return {
    /** One record's events, newest first. */
    async findHistory(entityType: string, entityId: string): Promise<AuditEventRecord[]> {
      const rows = await db.auditEvent.findMany({
        where: { entityType, entityId },
        orderBy: [{ at: "desc" }, { id: "desc" }],
      });
      return rows.map(toRecord);
    },

    /** Newest first; `before` is an event id for keyset paging. */
    async findRecent(query: {
      limit: number;
      before: bigint | null;
      excludeEntityTypes: readonly string[];
    }): Promise<AuditEventRecord[]> {
      const { limit, before } = query;
      const rows = await db.auditEvent.findMany({
        where: {
          ...(before === null ? {} : { id: { lt: before } }),
          ...(query.excludeEntityTypes.length > 0
            ? { entityType: { notIn: [...query.excludeEntityTypes] } }
            : {}),
        },
        orderBy: { id: "desc" },
        take: limit,
      });
      return rows.map(toRecord);
    },
  };
}

/** The audit log is written only inside the transaction of the change it describes. */
export function auditWrites(tx: Tx) {
  return {
    record: (entry: AuditEntry) => recordAudit(tx, entry),
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
export type AuditWrites = ReturnType<typeof auditWrites>;
