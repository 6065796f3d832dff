import {
  getComparators,
  listCjsScorecards,
  listComparators,
  listMostSimilarGroups,
} from "../../services/benchmarking/benchmarkQueries.ts";
import { recordBenchmark } from "../../services/benchmarking/recordBenchmark.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const benchmarkingResolvers: Resolvers = {
  Query: {
    comparators: (_p, _a, ctx) => listComparators(ctx),
    mostSimilarGroups: (_p, _a, ctx) => listMostSimilarGroups(ctx),
    cjsScorecards: (_p, _a, ctx) => listCjsScorecards(ctx),
  },
  Comparator: {
    id: (comparator) => String(comparator.id),
  },
  MostSimilarGroup: {
    id: (group) => String(group.id),
    homeForce: async (group, _a, ctx) => (await getComparators(ctx, [group.homeForceId]))[0]!,
    members: (group, _a, ctx) => getComparators(ctx, group.memberIds),
  },
  Benchmark: {
    id: (benchmark) => String(benchmark.id),
    comparator: async (benchmark, _a, ctx) => (await getComparators(ctx, [benchmark.comparatorId]))[0]!,
  },
  Mutation: {
    recordBenchmark: (_p, { input, expectedVersion }, ctx) =>
      asResult("benchmark", () => recordBenchmark(ctx, input, expectedVersion)),
  },
};
