import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FormattedExecutionResult,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { CacheSpec, VersionedCache } from "../cache/VersionedCache.ts";
import type { GraphQLContext } from "../context.ts";
import { seesDraftQuarters } from "../services/quarters/seesDraftQuarters.ts";

/**
 * Every Query field, sorted by whether its answer is the same for every reader of one audience (those
 * who may see draft quarters, and those who may not) at a given data version. A test fails when a Query field is missing from both lists, so a new field is cached
 * only by decision.
 */
export const SHARED_QUERY_FIELDS: ReadonlySet<string> = new Set([
  "areas",
  "cjsScorecards",
  "comparators",
  "currentPeriod",
  "deliverable",
  "deliverableStatusDate",
  "deliverables",
  "exceptions",
  "glossary",
  "governance",
  "metric",
  "metrics",
  "mostSimilarGroups",
  "plan",
  "priorities",
  "priority",
  "quarterChanges",
  "reportingPeriods",
]);

/** Per viewer (me, users), about people (audit), or about the server right now (health). */
export const UNCACHED_QUERY_FIELDS: ReadonlySet<string> = new Set([
  "me",
  "users",
  "metricCatalogue",
  "activity",
  "auditHistory",
  "health",
]);

interface Answer {
  result: FormattedExecutionResult;
  bytes: number;
}

/** 64 MB: enough for a few thousand drill-downs or a few hundred whole priorities. */
const ANSWERS: CacheSpec<Answer> = { maxSize: 64 * 1024 * 1024, sizeOf: (answer) => answer.bytes };

/** An execution under way: settles with its answer, or null if it had errors. */
interface Flight {
  answer: Promise<FormattedExecutionResult | null>;
  settle: (result: FormattedExecutionResult | null) => void;
  startedAt: number;
}

// How long identical requests wait on an execution under way before executing for themselves. Apollo
// ends every executed request through willSendResponse, which settles the flight; the bound is for
// the request that never gets there (a plugin throwing), so it cannot hold the others forever.
const FLIGHT_WAIT_MS = 5_000;

function startFlight(): Flight {
  let settle: Flight["settle"] = () => {};
  const answer = new Promise<FormattedExecutionResult | null>((resolve) => (settle = resolve));
  return { answer, settle, startedAt: Date.now() };
}

/** The flight's answer, or null once it has run for FLIGHT_WAIT_MS. */
async function awaitFlight(flight: Flight): Promise<FormattedExecutionResult | null> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), flight.startedAt + FLIGHT_WAIT_MS - Date.now());
  });
  try {
    return await Promise.race([flight.answer, giveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whole-answer cache for queries that read only shared data, keyed by the query and its variables,
 * valid at the data version read before executing (the request's one version read, which the caches
 * the execution uses share). A meeting's screens asking the same drill-down are answered without
 * executing it again, and a write on any replica changes the version every replica reads, so no
 * replica serves an answer older than the data.
 * Identical requests that arrive while the first is still executing wait for its answer rather than
 * execute it again: after a write every screen in a meeting asks at once (live meeting mode will make
 * that the rule), and one execution serves them all.
 * Answers with errors are never stored nor shared; a waiting request then executes for itself, as it
 * does after waiting FLIGHT_WAIT_MS.
 */
export function responseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  // Executions under way, by version and key.
  const inFlight = new Map<string, Flight>();
  // Apollo keeps one parsed document per query text, so this is decided once per operation of it.
  // Keyed by the operation, not the document: one document may hold a shared and a per-viewer one.
  const sharedOperations = new WeakMap<OperationDefinitionNode, boolean>();

  function readsOnlySharedData(document: DocumentNode, operation: OperationDefinitionNode): boolean {
    let shared = sharedOperations.get(operation);
    if (shared === undefined) {
      shared = operation.operation === "query" && rootFieldsAreShared(document, operation.selectionSet);
      sharedOperations.set(operation, shared);
    }
    return shared;
  }

  return {
    async requestDidStart() {
      let miss: {
        cache: VersionedCache<Answer>;
        key: string;
        version: string;
        flightKey: string;
        flight: Flight;
      } | null = null;
      return {
        async responseForOperation(request) {
          // Typed as present, but undefined when operationName names no operation in the document
          // (Apollo then reports that error itself).
          const operation = request.operation as OperationDefinitionNode | undefined;
          if (!operation || !readsOnlySharedData(request.document, operation)) return null;
          const { freshness } = request.contextValue.loaders;
          let version: string;
          try {
            // Read before executing, so a stored answer is never older than its version.
            version = await freshness.version();
          } catch {
            // The database is unreachable: execute, so the usual error reaches the client.
            return null;
          }
          // Editors and admins see draft quarters that nobody else may: their answers are kept apart.
          const audience = seesDraftQuarters(request.contextValue.viewer) ? "drafts" : "published";
          const key = `${audience}\n${request.queryHash}\n${request.operationName ?? ""}\n${JSON.stringify(request.request.variables ?? {})}`;
          // One cache per database, like every cache the execution uses (requestFreshness).
          const cache = freshness.cache(ANSWERS);
          const hit = cache.get(key, version);
          const answer = (result: FormattedExecutionResult) => {
            request.metrics.responseCacheHit = true;
            return { http: request.response.http, body: { kind: "single" as const, singleResult: result } };
          };
          if (hit) return answer(hit.result);
          const flightKey = `${version}\n${key}`;
          const pending = inFlight.get(flightKey);
          if (pending && Date.now() - pending.startedAt < FLIGHT_WAIT_MS) {
            const shared = await awaitFlight(pending);
            if (shared) return answer(shared);
          }
          // Leads the execution: a flight left over from a request that never ended is replaced.
          const flight = startFlight();
          inFlight.set(flightKey, flight);
          miss = { cache, key, version, flightKey, flight };
          return null;
        },
        async willSendResponse(request) {
          if (!miss) return;
          const body = request.response.body;
          const result =
            body.kind === "single" && !body.singleResult.errors?.length ? body.singleResult : null;
          if (inFlight.get(miss.flightKey) === miss.flight) inFlight.delete(miss.flightKey);
          miss.flight.settle(result);
          if (!result) return;
          // UTF-16 code units: two bytes each in memory.
          const bytes = JSON.stringify(result).length * 2;
          miss.cache.set(miss.key, miss.version, { result, bytes });
        },
      };
    },
  };
}

function rootFieldsAreShared(document: DocumentNode, selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === "__typename" || SHARED_QUERY_FIELDS.has(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return rootFieldsAreShared(document, selection.selectionSet);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = document.definitions.find(
          (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
        );
        return (
          fragment?.kind === Kind.FRAGMENT_DEFINITION && rootFieldsAreShared(document, fragment.selectionSet)
        );
      }
      default:
        return false;
    }
  });
}
