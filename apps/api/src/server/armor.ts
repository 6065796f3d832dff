import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Limits for any document before it executes (docs/decisions/0004-graphql-armor.md). The
 * dashboard query (a priority with scorecards, sections, metrics and series) is about depth 7 and
 * cost ~2,000, so the limits leave room for the web app and stop abuse.
 */
export function createArmor(isProduction: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 12, flattenFragments: true },
    maxAliases: { n: 15 },
    // Tokens are limited by Apollo's parseOptions (graphqlServer.ts): armor's plugin answers 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}
