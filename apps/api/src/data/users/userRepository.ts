import type { Database } from "../db.ts";
import { findUserById, findUserForSignIn, listUsers } from "./userQueries.ts";
import {
  type AuditMeta,
  insertUser,
  type NewUser,
  type UserChanges,
  updateUserVersioned,
} from "./userWrites.ts";

/**
 * Users as services see them. Each write runs its own transaction with its audit row (and, for an
 * update, the lock that keeps the last admin), so a service cannot forget either.
 */
export function userRepository(db: Database) {
  return {
    findForSignIn: (email: string) => findUserForSignIn(db, email),
    findById: (id: number) => findUserById(db, id),
    list: () => listUsers(db),
    insert: (input: NewUser, meta: AuditMeta) => insertUser(db, input, meta),
    updateVersioned: (id: number, expectedVersion: number, changes: UserChanges, meta: AuditMeta) =>
      updateUserVersioned(db, id, expectedVersion, changes, meta),
  };
}

export type UserRepository = ReturnType<typeof userRepository>;
