import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";

/** Either the pool-backed client or a transaction's client: reads work on both. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;
