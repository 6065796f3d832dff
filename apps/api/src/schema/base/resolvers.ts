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
  ["metric", "MetricResult"],
  ["section", "SectionResult"],
] as const;

export const baseResolvers: Resolvers = {
  Query: {
    health: (_parent, _args, ctx) => checkHealth(ctx),
  },
  Mutation: {
    _noop: () => null,
  },
  MutationResult: {
    // A result tagged with its __typename says which type it is (SignInResult and UserResult both
    // carry `user`); otherwise each result carries one payload field whose name says which.
    __resolveType: (result) => {
      if ("__typename" in result && result.__typename) return result.__typename;
      const payload = result as Record<string, unknown>;
      if (Array.isArray(payload.commentary)) return "CommentaryListResult";
      return RESULT_TYPES.find(([key]) => key in payload)?.[1] ?? null;
    },
  },
};
