import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLContext } from "../context.ts";
import { loadTypeDefs, resolverModules } from "../schema/index.ts";
import { answerSizeRule } from "./answerSizeRule.ts";
import { createArmor } from "./armor.ts";
import { createFormatError } from "./formatError.ts";
import { guardResolvers } from "./guardResolvers.ts";
import type { Logger } from "./logger.ts";
import { MAX_LIST_ITEMS } from "./queryBudget.ts";
import { queryBudgetPlugin } from "./queryBudgetPlugin.ts";
import { readVersionFirstPlugin } from "./readVersionFirstPlugin.ts";
import { responseCachePlugin } from "./responseCache.ts";
import { unstorableInputPlugin } from "./unstorableInputPlugin.ts";

/** Enough for the web app's largest route query with its fragments (~1,500 tokens). */
export const MAX_TOKENS = 5000;

/** Apollo Server with CSRF prevention, armor limits, masked errors and no introspection in production. */
export function createGraphqlServer(
  isProduction: boolean,
  logger: Logger,
  options: { responseCache: boolean; queryTimeoutMs: number },
): ApolloServer<GraphQLContext> {
  const armor = createArmor(isProduction);
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    // Each resolver charges its query's time and list-item budget (queryBudgetPlugin below).
    resolvers: guardResolvers(resolverModules),
    csrfPrevention: true,
    // graphql-js stops lexing past this many tokens: a parse error (400) before any other work.
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: !isProduction,
    includeStacktraceInErrorResponses: !isProduction,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handlers raced ours and left shutdown hanging.
    stopOnTerminationSignals: false,
    formatError: createFormatError(isProduction),
    // Apollo installs its cache-control plugin by default: it wraps every resolver to compute
    // cache hints we never send, a measurable share of a dashboard's time (bench/RESULTS.md).
    plugins: [
      ...armor.plugins,
      errorLogPlugin(logger),
      unstorableInputPlugin(),
      ApolloServerPluginCacheControlDisabled(),
      queryBudgetPlugin({ timeoutMs: options.queryTimeoutMs, maxListItems: MAX_LIST_ITEMS }),
      readVersionFirstPlugin(),
      ...(options.responseCache ? [responseCachePlugin()] : []),
    ],
    // armor's cost limit never multiplies by list length; the answer-size rule does.
    validationRules: [...armor.validationRules, answerSizeRule()],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}

// Unexpected errors are masked for the client, so they must be logged in full here.
function errorLogPlugin(logger: Logger) {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(ctx: {
          errors: readonly {
            extensions?: Record<string, unknown>;
            originalError?: unknown;
            message: string;
          }[];
          contextValue?: GraphQLContext;
        }) {
          for (const error of ctx.errors) {
            if (error.extensions?.code) continue;
            logger.error(
              { requestId: ctx.contextValue?.requestId, err: error.originalError ?? error },
              error.message,
            );
          }
        },
      };
    },
  };
}
