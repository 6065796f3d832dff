import type { Role } from "./viewer.ts";

/** A user as services see it: no password hash, no Prisma types. */
export interface UserRecord {
  id: number;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  isDemo: boolean;
  version: number;
}

export const userRecordSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  isDemo: true,
  version: true,
} as const;
