import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

// Cache identities chosen so moving between views reuses what is known: a metric loaded on a
// priority page is the same cache object the drill-down reads, so the tile's fields are not refetched.
function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Point single-item queries at objects already in the cache.
          metric: {
            read: (existing, { args, toReference }) =>
              existing ?? toReference({ __typename: "Metric", id: args?.id }),
          },
          priority: {
            read: (existing, { args, toReference }) =>
              existing ?? toReference({ __typename: "Priority", number: args?.number }),
          },
        },
      },
      Metric: { keyFields: ["id"] },
      Priority: { keyFields: ["number"] },
      ReportingPeriod: { keyFields: ["code"] },
      GlossaryTerm: { keyFields: ["acronym"] },
      Comparator: { keyFields: ["id"] },
      // Value objects without identity: merge into their parent rather than replace.
      Spc: { keyFields: false },
      Series: { keyFields: false },
      PrioritySummary: { keyFields: false, merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-first" } },
  });
}
