import type { Viewer } from "../../context.ts";
import type { Database } from "../db.ts";

export function insertSession(db: Database, id: string, userId: number, expiresAt: Date): Promise<unknown> {
  return db.prisma.session.create({ data: { id, userId, expiresAt } });
}

export function deleteSession(db: Database, id: string): Promise<unknown> {
  return db.prisma.session.deleteMany({ where: { id } });
}

/** The viewer a live session belongs to: null when missing, expired, or the user is deactivated. */
export async function findSessionViewer(
  db: Database,
  id: string,
  now: Date,
): Promise<{ viewer: Viewer; isDemo: boolean } | null> {
  const session = await db.prisma.session.findUnique({
    where: { id },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isActive: true, isDemo: true } },
    },
  });
  if (!session || session.expiresAt <= now || !session.user.isActive) return null;
  const { isActive: _active, isDemo, ...viewer } = session.user;
  return { viewer, isDemo };
}

/** Removes expired sessions (housekeeping at start-up). */
export function deleteExpiredSessions(db: Database, now: Date): Promise<unknown> {
  return db.prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
}
