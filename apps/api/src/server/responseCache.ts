import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FormattedExecutionResult,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GraphQLContext } from "../context.ts";
import { readDataVersion } from "../data/dataVersion.ts";
import { LruCache } from "../services/shared/LruCache.ts";

/**
 * Every Query field, sorted by whether its answer is the same for every reader at a given data
 * version. A test fails when a Query field is missing from both lists, so a new field is cached
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
  "reportingPeriods",
]);

/** Per viewer (me, users), about people (audit), or about the server right now (health). */
export const UNCACHED_QUERY_FIELDS: ReadonlySet<string> = new Set([
  "me",
  "users",
  "activity",
  "auditHistory",
  "health",
]);

/** Enough for a few thousand drill-downs or a few hundred whole priorities. */
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  version: string;
  result: FormattedExecutionResult;
  bytes: number;
}

/**
 * Whole-answer cache for queries that read only shared data, keyed by the query, its variables and
 * the database's data version (one indexed read per request). A meeting's screens asking the same
 * drill-down are answered without executing it again, and a write on any replica changes the
 * version every replica reads, so no replica serves an answer older than the data.
 * Identical requests that arrive while the first is still executing wait for its answer rather than
 * execute it again: after a write every screen in a meeting asks at once (live meeting mode will make
 * that the rule), and one execution serves them all.
 * Answers with errors are never stored nor shared; a waiting request then executes for itself.
 */
export function responseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  const cache = new LruCache<Entry>(MAX_BYTES, (entry) => entry.bytes);
  // Executions under way, by version and key: each settles with its answer, or null if it had errors.
  const inFlight = new Map<string, Promise<FormattedExecutionResult | null>>();
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
        key: string;
        version: string;
        flight: string;
        settle: (result: FormattedExecutionResult | null) => void;
      } | null = null;
      return {
        async responseForOperation(request) {
          // Typed as present, but undefined when operationName names no operation in the document
          // (Apollo then reports that error itself).
          const operation = request.operation as OperationDefinitionNode | undefined;
          if (!operation || !readsOnlySharedData(request.document, operation)) return null;
          let version: string;
          try {
            // Read before executing, so a stored answer is never older than its version.
            version = await readDataVersion(request.contextValue.db.pool);
          } catch {
            // The database is unreachable: execute, so the usual error reaches the client.
            return null;
          }
          const key = `${request.queryHash}\n${request.operationName ?? ""}\n${JSON.stringify(request.request.variables ?? {})}`;
          const hit = cache.get(key);
          const answer = (result: FormattedExecutionResult) => {
            request.metrics.responseCacheHit = true;
            return { http: request.response.http, body: { kind: "single" as const, singleResult: result } };
          };
          if (hit?.version === version) return answer(hit.result);
          const flight = `${version}\n${key}`;
          const pending = inFlight.get(flight);
          if (pending) {
            const shared = await pending;
            return shared ? answer(shared) : null;
          }
          let settle: (result: FormattedExecutionResult | null) => void = () => {};
          inFlight.set(flight, new Promise((resolve) => (settle = resolve)));
          miss = { key, version, flight, settle };
          return null;
        },
        async willSendResponse(request) {
          if (!miss) return;
          const body = request.response.body;
          const result =
            body.kind === "single" && !body.singleResult.errors?.length ? body.singleResult : null;
          inFlight.delete(miss.flight);
          miss.settle(result);
          if (!result) return;
          // UTF-16 code units: two bytes each in memory.
          const bytes = JSON.stringify(result).length * 2;
          cache.set(miss.key, { version: miss.version, result, bytes });
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
