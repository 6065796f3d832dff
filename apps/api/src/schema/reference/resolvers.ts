import {
  listAreas,
  listGlossary,
  listGovernanceChildren,
  listGovernanceRoots,
} from "../../services/reference/referenceQueries.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const referenceResolvers: Resolvers = {
  Query: {
    glossary: (_p, _a, ctx) => listGlossary(ctx),
    governance: (_p, _a, ctx) => listGovernanceRoots(ctx),
    areas: (_p, _a, ctx) => listAreas(ctx),
  },
  GovernanceNode: {
    id: (node) => String(node.id),
    children: (node, _a, ctx) => listGovernanceChildren(ctx, node.id),
  },
};
