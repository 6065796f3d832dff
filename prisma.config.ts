import { defineConfig } from "prisma/config";

// Prisma 7 keeps the connection out of schema.prisma. Migrations are applied by
// the api's own applier (apps/api/src/data/migrate.ts), which records them in
// Prisma's _prisma_migrations table so `prisma migrate deploy` agrees with it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
