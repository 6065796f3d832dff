import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context.ts";

/**
 * Reads the data version before a query executes, whether or not the response cache runs. Statistics
 * cached under a version must come from data no older than it; a version read lazily, after the metric
 * row or its process changes were read, could file limits from older data under a newer version.
 * Mutations are left alone: they read the version after their write, when their payload first asks.
 */
export function readVersionFirstPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "query") return;
          // An unreachable database is for the execution to report, in its usual words; a failed read
          // is not kept, so the next one tries again.
          await contextValue.loaders.freshness.version().catch(() => undefined);
        },
      };
    },
  };
}
