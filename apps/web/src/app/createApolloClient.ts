import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

// Cache identities chosen so moving between views reuses what is known: a metric loaded on a
// priority page is the same cache object the drill-down reads, so the tile's fields are not refetched.
function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Result caching memoises every selection set read; on a page's first read (hydration, or a fresh
    // result) that bookkeeping cost three times the read itself: ~60 ms against ~20 ms for the priority
    // page, ×4 under Lighthouse's mobile CPU. Pages read their data once and then hold it, so reads stay
    // cheap without it (issue 5 item 7, blocking time).
    resultCaching: false,
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

export interface ApolloClientOptions {
  /** On the server: how to reach POST /graphql (the API passes its own, carrying the reader's cookie). */
  fetch?: typeof fetch;
  /** Server-side rendering: each query is fetched once, whatever its fetch policy. */
  ssrMode?: boolean;
  /** In the browser: the cache the server rendered the page from, so hydration needs no request. */
  restore?: unknown;
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const cache = createCache();
  if (options.restore) cache.restore(options.restore as Parameters<InMemoryCache["restore"]>[0]);
  return new ApolloClient({
    link: new HttpLink({ uri: "/graphql", credentials: "same-origin", fetch: options.fetch }),
    cache,
    ssrMode: options.ssrMode,
    // After hydration from server data, network-only queries (the activity list) still read the cache
    // for a moment, so the first browser render matches the server's HTML.
    ssrForceFetchDelay: options.restore ? 100 : undefined,
    defaultOptions: { watchQuery: { fetchPolicy: "cache-first" } },
  });
}
