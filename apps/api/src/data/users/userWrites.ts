import type { Role } from "../../context.ts";
import { type AuditActor, recordAudit } from "../audit/recordAudit.ts";
import type { Database } from "../db.ts";
import { normaliseEmail } from "./userQueries.ts";
import { type UserRecord, userRecordSelect } from "./userRecord.ts";

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
  | { kind: "missing" };

/**
 * Optimistic concurrency: the row changes only if its version is still `expectedVersion`.
 * Deactivating a user or changing their role also ends their sessions, so the change bites at once.
 */
export async function updateUserVersioned(
  db: Database,
  id: number,
  expectedVersion: number,
  changes: UserChanges,
  meta: AuditMeta,
): Promise<UpdateUserOutcome> {
  return db.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userRecordSelect });
    if (!before) return { kind: "missing" };
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
