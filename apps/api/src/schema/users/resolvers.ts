import { createUser } from "../../services/users/createUser.ts";
import { currentUser } from "../../services/users/currentUser.ts";
import { listAllUsers } from "../../services/users/listAllUsers.ts";
import { signIn } from "../../services/users/signIn.ts";
import { signOut } from "../../services/users/signOut.ts";
import { updateUser } from "../../services/users/updateUser.ts";
import type { Resolvers } from "../resolvers-types.ts";
import { presentUser } from "./presentUser.ts";
import { signInResult } from "./signInResult.ts";
import { userResult } from "./userResult.ts";

export const usersResolvers: Resolvers = {
  Query: {
    me: async (_parent, _args, ctx) => {
      const user = await currentUser(ctx);
      return user ? presentUser(user) : null;
    },
    users: async (_parent, _args, ctx) => (await listAllUsers(ctx)).map(presentUser),
  },
  Mutation: {
    signIn: async (_parent, { email, password }, ctx) => signInResult(await signIn(ctx, email, password)),
    signOut: (_parent, _args, ctx) => signOut(ctx),
    createUser: async (_parent, { input }, ctx) => userResult(await createUser(ctx, input)),
    updateUser: async (_parent, { id, input, expectedVersion }, ctx) => {
      const changes = {
        name: input.name ?? undefined,
        role: input.role ?? undefined,
        isActive: input.isActive ?? undefined,
      };
      return userResult(await updateUser(ctx, id, changes, expectedVersion));
    },
  },
};
