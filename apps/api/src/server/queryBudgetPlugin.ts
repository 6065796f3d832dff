import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context.ts";
import { type QueryBudgetLimits, startQueryBudget } from "./queryBudget.ts";

/**
 * Gives each query a budget when it starts executing (resolvers charge it: guardResolvers.ts) and,
 * when the query passed a limit, answers with that one error instead of the partial answer and
 * the many field errors the unwinding left. Mutations get no budget: a write already committed
 * must not be reported as failed because its answer was slow.
 */
export function queryBudgetPlugin(limits: QueryBudgetLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let budget: ReturnType<typeof startQueryBudget> | null = null;
      return {
        async executionDidStart(request) {
          // No operation when operationName names none: graphql-js answers that itself, with no budget.
          if (request.operation?.operation !== "query") return;
          budget = startQueryBudget(request.contextValue, limits);
        },
        async willSendResponse(request) {
          const exceeded = budget?.exceeded;
          if (!exceeded || request.response.body.kind !== "single") return;
          request.response.body.singleResult = {
            data: null,
            errors: [{ message: exceeded.message, extensions: exceeded.extensions }],
          };
        },
      };
    },
  };
}
