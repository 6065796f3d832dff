import { ApolloClient, ApolloLink, type ErrorLike, HttpLink, InMemoryCache } from "@apollo/client";
import { ServerError } from "@apollo/client/errors";
import { RetryLink } from "@apollo/client/link/retry";
import { OperationTypeNode } from "graphql";

// Cache identities chosen so moving between views reuses what is known: a metric loaded on a
// priority page is the same cache object the drill-down reads, so the tile's fields are not refetched.
function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Result caching memoises every selection set read; on a page's first read (hydration, or a fresh
    // result) that bookkeeping cost three times the read itself: ~60 ms against ~20 ms for the priority
    // page, ×4 under Lighthouse's mobile CPU. Pages read their data once and then hold it, so reads stay
    // cheap without it (it keeps total blocking time low).
    resultCaching: false,
    typePolicies: {
      Query: {
        fields: {
          // Point single-item queries at objects already in the cache. A stored null is the server's
          // answer "no such metric" and is kept: pointing it at a missing object made the browser
          // refetch and render "Loading" over the server's "No such metric" (a hydration mismatch).
          metric: {
            read: (existing, { args, toReference }) =>
              existing !== undefined ? existing : toReference({ __typename: "Metric", id: args?.id }),
          },
          priority: {
            read: (existing, { args, toReference }) =>
              existing !== undefined
                ? existing
                : toReference({ __typename: "Priority", number: args?.number }),
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

// Gateway and "try again shortly" answers: a replica restarting, or the database briefly unreachable.
const TRANSIENT_STATUSES = new Set([502, 503, 504]);

/** No answer at all (fetch rejects with a TypeError when the connection drops), or a transient status. */
function isTransient(error: ErrorLike): boolean {
  return ServerError.is(error) ? TRANSIENT_STATUSES.has(error.statusCode) : error instanceof TypeError;
}

/**
 * Board members read on tablets over poor Wi-Fi: a read that fails on the way is tried again, three
 * tries in all, about 0.5 s then 1 s apart, before the page shows its error and Retry button. Edits
 * are never repeated: one that may have landed is for the editor to see (a repeat would answer
 * CONFLICT against their own change).
 */
function retryReads(initialDelayMs: number): RetryLink {
  return new RetryLink({
    delay: { initial: initialDelayMs, max: 4 * initialDelayMs, jitter: true },
    attempts: {
      max: 3,
      retryIf: (error, operation) =>
        operation.operationType === OperationTypeNode.QUERY && isTransient(error),
    },
  });
}

export interface ApolloClientOptions {
  /** On the server: how to reach POST /graphql (the API passes its own, carrying the reader's cookie). */
  fetch?: typeof fetch;
  /** Server-side rendering: each query is fetched once, whatever its fetch policy, and never retried. */
  ssrMode?: boolean;
  /** The first retry's average delay for a read that failed on the way (tests shorten it). */
  retryDelayMs?: number;
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const http = new HttpLink({ uri: "/graphql", credentials: "same-origin", fetch: options.fetch });
  return new ApolloClient({
    // The server renders within a time limit and falls back to the plain page; retrying there only waits.
    link: options.ssrMode ? http : ApolloLink.from([retryReads(options.retryDelayMs ?? 500), http]),
    cache: createCache(),
    ssrMode: options.ssrMode,
    defaultOptions: { watchQuery: { fetchPolicy: "cache-first" } },
  });
}
