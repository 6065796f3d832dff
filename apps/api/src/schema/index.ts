import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { auditResolvers } from "./audit/resolvers.ts";
import { baseResolvers } from "./base/resolvers.ts";
import { benchmarkingResolvers } from "./benchmarking/resolvers.ts";
import { catalogueResolvers } from "./catalogue/resolvers.ts";
import { changesResolvers } from "./changes/resolvers.ts";
import { deliverablesResolvers } from "./deliverables/resolvers.ts";
import { metricsResolvers } from "./metrics/resolvers.ts";
import { prioritiesResolvers } from "./priorities/resolvers.ts";
import { quartersResolvers } from "./quarters/resolvers.ts";
import { referenceResolvers } from "./reference/resolvers.ts";
import type { Resolvers } from "./resolvers-types.ts";
import { statementsResolvers } from "./statements/resolvers.ts";
import { usersResolvers } from "./users/resolvers.ts";

const schemaDir = dirname(fileURLToPath(import.meta.url));

/**
 * Every module's resolvers. ONE LINE PER MODULE: import the module's `resolvers.ts` above and add
 * it here. Apollo merges the maps, so two modules may both extend Query or Mutation.
 */
export const resolverModules: Resolvers[] = [
  baseResolvers,
  prioritiesResolvers,
  statementsResolvers,
  deliverablesResolvers,
  metricsResolvers,
  benchmarkingResolvers,
  referenceResolvers,
  auditResolvers,
  usersResolvers,
  changesResolvers,
  catalogueResolvers,
  quartersResolvers,
];

/** The SDL of every module: each `schema/<module>/*.graphql`, in folder-name order. */
export function loadTypeDefs(): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(schemaDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const moduleDir = join(schemaDir, entry.name);
    for (const file of readdirSync(moduleDir)) {
      if (file.endsWith(".graphql")) files.push(join(moduleDir, file));
    }
  }
  return files.sort().map((file) => readFileSync(file, "utf8"));
}
