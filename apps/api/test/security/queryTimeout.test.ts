import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resolvers } from "../../src/schema/resolvers-types.ts";
import { guardResolvers } from "../../src/server/guardResolvers.ts";
import { budgetOf, startQueryBudget } from "../../src/server/queryBudget.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

// Accepted by every pre-execution limit, and the heaviest reading the seed allows: SPC, changes and
// drafted narrative for every metric, the exceptions and every priority's summary, in several rounds
// of loads, so a query stopped after the first round leaves later ones unsent.
const SLOW_QUERY = `{
  metrics { id spc { status variation assurance } comparisons { yearOnYear { text } } narrative { key text } }
  exceptions { metric { id } reasons }
  priorities { summary { concernCount slaBreachCount } }
}`;
const WARM_UP = "{ metrics { id name } priorities { number } }";
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
  const statementsBefore = server.db.queryCount();
  const answer = await server.graphql(query);
  return { answer, ms: performance.now() - started, statements: server.db.queryCount() - statementsBefore };
}

describe("a query past the execution time-out", () => {
  it("is stopped with one clean error, well before the query would have finished", async () => {
    // A light first question pays each server's one-off costs (connections, first compilation) so the
    // comparison is of execution alone; neither server has yet computed or cached any statistic.
    for (const server of [untimed, timed]) expect((await server.graphql(WARM_UP)).errors).toBeUndefined();
    const full = await timedAnswer(untimed, SLOW_QUERY);
    expect(full.answer.errors).toBeUndefined();
    const stopped = await timedAnswer(timed, SLOW_QUERY);
    console.log(
      `[query time-out ${TIMEOUT_MS} ms] full run ${full.ms.toFixed(0)} ms, ${full.statements} statements; stopped run answered in ${stopped.ms.toFixed(0)} ms, ${stopped.statements} statements`,
    );
    expect(stopped.answer.status).toBe(200);
    expect(stopped.answer.data).toBeNull();
    expect(stopped.answer.errors).toEqual([
      {
        message: `The query ran longer than the limit of ${TIMEOUT_MS} ms and was stopped. Ask for less at once, or try again shortly.`,
        extensions: { code: "SERVICE_UNAVAILABLE", reason: "QUERY_TIMEOUT", timeoutMs: TIMEOUT_MS },
      },
    ]);
    // Stopped at the next resolver after the deadline: the rest of the work was never done, so the
    // loads the later resolvers would have made were never sent. (Counted, not timed: since the
    // statistics are cached and the version is read first, the whole query runs in a few hundred ms,
    // most of it the first batch of loads, which runs before any resolver can look at the clock.)
    expect(stopped.statements).toBeLessThan(full.statements);
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
