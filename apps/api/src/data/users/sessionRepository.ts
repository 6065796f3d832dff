import type { DbClient } from "../client.ts";
import type { Viewer } from "./viewer.ts";

export function sessionRepository(db: DbClient) {
  return {
    async insert(id: string, userId: number, expiresAt: Date): Promise<void> {
      await db.session.create({ data: { id, userId, expiresAt } });
    },

    async delete(id: string): Promise<void> {
      await db.session.deleteMany({ where: { id } });
    },

    /** The viewer a live session belongs to: null when missing, expired, or the user is deactivated. */
    async findViewer(id: string, now: Date): Promise<{ viewer: Viewer; isDemo: boolean } | null> {
      const session = await db.session.findUnique({
        where: { id },
        select: {
          expiresAt: true,
          user: { select: { id: true, email: true, name: true, role: true, isActive: true, isDemo: true } },
        },
      });
      if (!session || session.expiresAt <= now || !session.user.isActive) return null;
      const { isActive: _active, isDemo, ...viewer } = session.user;
      return { viewer, isDemo };
    },

    /** Removes expired sessions (housekeeping at start-up). */
    async deleteExpired(now: Date): Promise<void> {
      await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
    },
  };
}

export type SessionRepository = ReturnType<typeof sessionRepository>;
