// Small reference tables, each read whole.
import type { DbClient } from "../client.ts";
import type { AreaRecord, GlossaryTermRecord, GovernanceNodeRecord } from "../records.ts";

export function referenceRepository(db: DbClient) {
  return {
    listGlossary(): Promise<GlossaryTermRecord[]> {
      return db.glossaryTerm.findMany({
        orderBy: { acronym: "asc" },
        select: { acronym: true, meaning: true, isFromReport: true },
      });
    },

    /** The whole governance tree in one query; the service assembles parents and children. */
    listGovernanceNodes(): Promise<GovernanceNodeRecord[]> {
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
    },

    listAreas(): Promise<AreaRecord[]> {
      return db.area.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
    },
  };
}

export type ReferenceRepository = ReturnType<typeof referenceRepository>;
