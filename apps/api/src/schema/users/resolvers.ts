import type { Resolvers } from "../resolvers-types.ts";

// Filled in by the users module (sign-in, sign-out, me, users, createUser, updateUser).
export const usersResolvers: Resolvers = {};
