import { type AuditActor, recordAudit } from "../audit/recordAudit.ts";
import type { Tx } from "../client.ts";
import type { Database } from "../db.ts";
import type { UserRecord } from "../records.ts";
import { normaliseEmail } from "./userQueries.ts";
import { userRecordSelect } from "./userRecordSelect.ts";
import type { Role } from "./viewer.ts";

export interface AuditMeta {
  actor: AuditActor | null;
  requestId: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  isDemo?: boolean;
}

/** Inserts a user and its audit row in one transaction; null when the email is taken. */
export async function insertUser(db: Database, input: NewUser, meta: AuditMeta): Promise<UserRecord | null> {
  const email = normaliseEmail(input.email);
  return db.prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) return null;
    const user = await tx.user.create({
      data: { ...input, email, isDemo: input.isDemo ?? false },
      select: userRecordSelect,
    });
    await recordAudit(tx, {
      ...meta,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      before: null,
      after: user,
    });
    return user;
  });
}

export interface UserChanges {
  name?: string;
  role?: Role;
  isActive?: boolean;
}

export type UpdateUserOutcome =
  | { kind: "updated"; user: UserRecord }
  | { kind: "conflict"; current: UserRecord }
  | { kind: "missing" }
  | { kind: "last-admin"; current: UserRecord };

/**
 * Optimistic concurrency: the row changes only if its version is still `expectedVersion`.
 * Deactivating a user or changing their role also ends their sessions, so the change bites at once.
 * A change that would leave no active admin is refused (`last-admin`), also when two admins demote
 * each other at the same moment: see lockActiveAdmins.
 */
export async function updateUserVersioned(
  db: Database,
  id: number,
  expectedVersion: number,
  changes: UserChanges,
  meta: AuditMeta,
): Promise<UpdateUserOutcome> {
  return db.prisma.$transaction(async (tx) => {
    const mayRemoveAnAdmin =
      (changes.role !== undefined && changes.role !== "ADMIN") || changes.isActive === false;
    const activeAdminIds = mayRemoveAnAdmin ? await lockActiveAdmins(tx) : [];
    const before = await tx.user.findUnique({ where: { id }, select: userRecordSelect });
    if (!before) return { kind: "missing" };
    if (
      mayRemoveAnAdmin &&
      activeAdminIds.length === 1 &&
      activeAdminIds[0] === id &&
      before.version === expectedVersion
    )
      return { kind: "last-admin", current: before };
    const result = await tx.user.updateMany({
      where: { id, version: expectedVersion },
      data: { ...changes, version: { increment: 1 } },
    });
    if (result.count === 0) return { kind: "conflict", current: before };
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: userRecordSelect });
    if (after.role !== before.role || !after.isActive) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, {
      ...meta,
      action: "user.update",
      entityType: "User",
      entityId: id,
      before,
      after,
    });
    return { kind: "updated", user: after };
  });
}

/**
 * Locks the rows of every active admin until the transaction ends and returns their ids. A second
 * transaction that would also remove an admin waits here for the first to commit, and PostgreSQL
 * then re-reads the locked rows, so it counts the admins as the first left them: two admins demoting
 * each other at once cannot both succeed. (PGlite runs one transaction at a time anyway.)
 */
async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "isActive" ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
