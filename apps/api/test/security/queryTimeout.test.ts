import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resolvers } from "../../src/schema/resolvers-types.ts";
import { guardResolvers } from "../../src/server/guardResolvers.ts";
import { budgetOf, startQueryBudget } from "../../src/server/queryBudget.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

// Accepted by every pre-execution limit, and about 1–3 s to execute on the seed here: SPC, changes and
// drafted narrative for every metric. Heavy enough that the fixed cost of a request (parsing, the first
// loads) is small beside it, so "stopped well before finishing" is not a matter of timing luck.
const SLOW_QUERY =
  "{ metrics { id spc { status variation assurance } comparisons { yearOnYear { text } } narrative { key text } } }";
const TIMEOUT_MS = 20;

let timed: TestServer;
let untimed: TestServer;
beforeAll(async () => {
  // Production mode: the time-out's message must survive error masking.
  [timed, untimed] = await Promise.all([
    startTestServer({
      env: { NODE_ENV: "production", QUERY_TIMEOUT_MS: String(TIMEOUT_MS), RESPONSE_CACHE: "off" },
    }),
    startTestServer({ env: { RESPONSE_CACHE: "off" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([timed?.close(), untimed?.close()]);
});

async function timedAnswer(server: TestServer, query: string) {
  const started = performance.now();
  const answer = await server.graphql(query);
  return { answer, ms: performance.now() - started };
}

describe("a query past the execution time-out", () => {
  it("is stopped with one clean error, well before the query would have finished", async () => {
    // Both runs are each server's first, so neither finds the statistics already computed and cached.
    const full = await timedAnswer(untimed, SLOW_QUERY);
    expect(full.answer.errors).toBeUndefined();
    const stopped = await timedAnswer(timed, SLOW_QUERY);
    console.log(
      `[query time-out ${TIMEOUT_MS} ms] full run ${full.ms.toFixed(0)} ms; stopped run answered in ${stopped.ms.toFixed(0)} ms`,
    );
    expect(stopped.answer.status).toBe(200);
    expect(stopped.answer.data).toBeNull();
    expect(stopped.answer.errors).toEqual([
      {
        message: `The query ran longer than the limit of ${TIMEOUT_MS} ms and was stopped. Ask for less at once, or try again shortly.`,
        extensions: { code: "SERVICE_UNAVAILABLE", reason: "QUERY_TIMEOUT", timeoutMs: TIMEOUT_MS },
      },
    ]);
    // Stopped at the next resolver after the deadline: the rest of the work was never done. The first
    // batch of loads runs before any resolver can look at the clock, so the margin allows for it.
    expect(stopped.ms).toBeLessThan(full.ms * 0.75);
    expect((await fetch(`${timed.url}/healthz`)).status).toBe(200);
  });
});

describe("the list-item budget", () => {
  const resolvers = guardResolvers([
    {
      Query: { metrics: () => Array.from({ length: 300_001 }, (_, i) => ({ id: i })) },
    } as unknown as Resolvers,
  ]);
  const metrics = (resolvers[0]!.Query as Record<string, (...args: unknown[]) => unknown>).metrics!;

  it("refuses a list that would pass it before the list is returned", () => {
    const context = {};
    startQueryBudget(context, { timeoutMs: 60_000, maxListItems: 200_000 });
    expect(() => metrics({}, {}, context, {})).toThrow(/limit of 200,000 list items/);
    // Every later resolver of the query is refused at once.
    expect(() => metrics({}, {}, context, {})).toThrow(/limit of 200,000 list items/);
    expect(budgetOf(context)?.exceeded?.extensions).toMatchObject({ reason: "ANSWER_TOO_LARGE" });
  });

  it("does not apply outside a query's budget (mutations)", () => {
    expect(metrics({}, {}, {}, {})).toHaveLength(300_001);
  });
});
