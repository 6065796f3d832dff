import type { DbClient } from "../client.ts";
import type { GlossaryTermRecord, GovernanceNodeRecord } from "../records.ts";

export async function listGlossary(db: DbClient): Promise<GlossaryTermRecord[]> {
  return db.glossaryTerm.findMany({
    orderBy: { acronym: "asc" },
    select: { acronym: true, meaning: true, isFromReport: true },
  });
}

/** The whole governance tree in one query; the service assembles parents and children. */
export async function listGovernanceNodes(db: DbClient): Promise<GovernanceNodeRecord[]> {
  return db.governanceNode.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      description: true,
      period: true,
      parentId: true,
      position: true,
    },
  });
}
