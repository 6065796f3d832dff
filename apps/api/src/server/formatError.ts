import type { GraphQLFormattedError } from "graphql";

// Codes a client may see and act on: ours (errors.ts) and Apollo's for bad requests.
const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "BAD_USER_INPUT",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
  "NOT_SET_UP",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Maps errors once for the whole API: known codes keep their message; anything else (a bug, a
 * driver error) becomes "Internal server error". A lost database connection becomes
 * SERVICE_UNAVAILABLE so clients can retry. Stack traces never leave production.
 */
export function createFormatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (PUBLIC_CODES.has(code)) return isProduction ? withoutStack(formatted) : formatted;
    if (isRefusedRequest(error)) {
      const request = { ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } };
      return isProduction ? withoutStack(request) : request;
    }
    if (isDatabaseDown(error)) {
      return {
        message: "The database is not reachable; try again shortly",
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    if (!isProduction) return formatted;
    return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

// Apollo refuses some malformed requests (a persisted-query hash that does not match its query, an
// unknown persisted-query version) with a 400 but no code; they are the client's mistake, not ours.
function isRefusedRequest(error: unknown): boolean {
  const e = error as { extensions?: { http?: { status?: number } }; originalError?: unknown };
  const status = e?.extensions?.http?.status;
  return !e?.originalError && typeof status === "number" && status >= 400 && status < 500;
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

// pg's and PostgreSQL's own words, and Prisma's for the same events (P1001 unreachable, P1008 timed
// out, P1017 "Server has closed the connection", adapter kinds ConnectionClosed / SocketTimeout).
const DOWN =
  /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|Can't reach database|DatabaseNotReachable|ConnectionClosed|SocketTimeout|closed the connection|not queryable|\bP10(01|08|17)\b|57P0[1-3]/i;

function isDatabaseDown(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { message?: string; code?: string; originalError?: unknown; cause?: unknown };
    if (DOWN.test(`${e.code ?? ""} ${e.message ?? ""}`)) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}
