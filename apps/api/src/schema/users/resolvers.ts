import type { UserRecord } from "../../data/users/userRecord.ts";
import type { FieldError } from "../../errors.ts";
import { createUser } from "../../services/users/createUser.ts";
import { currentUser } from "../../services/users/currentUser.ts";
import { listAllUsers } from "../../services/users/listAllUsers.ts";
import { signIn } from "../../services/users/signIn.ts";
import { signOut } from "../../services/users/signOut.ts";
import { updateUser } from "../../services/users/updateUser.ts";
import type { Resolvers, User } from "../resolvers-types.ts";

// GraphQL IDs are strings; the database's are integers.
const toUser = (u: UserRecord): User => ({ ...u, id: String(u.id) });
const toUserOrNull = (u: UserRecord | null): User | null => (u ? toUser(u) : null);
const toResult = (r: { user: UserRecord | null; errors: FieldError[] }) => ({
  user: toUserOrNull(r.user),
  errors: r.errors,
});

export const usersResolvers: Resolvers = {
  Query: {
    me: async (_parent, _args, ctx) => toUserOrNull(await currentUser(ctx)),
    users: async (_parent, _args, ctx) => (await listAllUsers(ctx)).map(toUser),
  },
  Mutation: {
    signIn: async (_parent, { email, password }, ctx) => toResult(await signIn(ctx, email, password)),
    signOut: (_parent, _args, ctx) => signOut(ctx),
    createUser: async (_parent, { input }, ctx) => toResult(await createUser(ctx, input)),
    updateUser: async (_parent, { id, input, expectedVersion }, ctx) => {
      const changes = {
        name: input.name ?? undefined,
        role: input.role ?? undefined,
        isActive: input.isActive ?? undefined,
      };
      return toResult(await updateUser(ctx, id, changes, expectedVersion));
    },
  },
};
