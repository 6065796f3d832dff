import { checkHealth } from "../../services/health/checkHealth.ts";
import type { Resolvers } from "../resolvers-types.ts";

const RESULT_TYPES = [
  ["deliverable", "DeliverableResult"],
  ["statement", "StatementResult"],
  ["statements", "StatementListResult"],
  ["commentary", "CommentaryResult"],
  ["observation", "ObservationResult"],
  ["sentence", "NarrativeResult"],
  ["benchmark", "BenchmarkResult"],
  ["user", "UserResult"],
] as const;

export const baseResolvers: Resolvers = {
  Query: {
    health: (_parent, _args, ctx) => checkHealth(ctx),
  },
  Mutation: {
    _noop: () => null,
  },
  MutationResult: {
    // Each result carries one payload field; its name says which result type it is.
    __resolveType: (result) => {
      const payload = result as Record<string, unknown>;
      if (Array.isArray(payload.commentary)) return "CommentaryListResult";
      return RESULT_TYPES.find(([key]) => key in payload)?.[1] ?? null;
    },
  },
};
