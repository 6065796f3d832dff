// Placeholder: the database handle (PGlite or PostgreSQL behind one Prisma client) lands here.
import type { PrismaClient } from "./generated/prisma/client.ts";

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
}
