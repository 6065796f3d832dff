import type { Database } from "../db.ts";
import type { UserRecord } from "../records.ts";
import { userRecordSelect } from "./userRecordSelect.ts";

/** Emails are compared case-insensitively: stored lower-case, looked up lower-case. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserForSignIn(
  db: Database,
  email: string,
): Promise<{ user: UserRecord; passwordHash: string } | null> {
  const row = await db.prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { ...userRecordSelect, passwordHash: true },
  });
  if (!row) return null;
  const { passwordHash, ...user } = row;
  return { user, passwordHash };
}

export function findUserById(db: Database, id: number): Promise<UserRecord | null> {
  return db.prisma.user.findUnique({ where: { id }, select: userRecordSelect });
}

export function listUsers(db: Database): Promise<UserRecord[]> {
  return db.prisma.user.findMany({ select: userRecordSelect, orderBy: { email: "asc" } });
}
