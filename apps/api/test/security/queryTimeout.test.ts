import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resolvers } from "../../src/schema/resolvers-types.ts";
import { guardResolvers } from "../../src/server/guardResolvers.ts";
import { budgetOf, startQueryBudget } from "../../src/server/queryBudget.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

// Accepted by every pre-execution limit, and a few hundred ms or more to execute on the seed: SPC,
// changes and drafted narrative for every metric, far past the 20 ms limit.
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
  it("is stopped with one clean error, through the real server in production mode", async () => {
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
    expect((await fetch(`${timed.url}/healthz`)).status).toBe(200);
  });

  // How much of a real query runs before the deadline depends on the machine (its first batch of loads
  // runs before any resolver can look at the clock), so that the rest is never done is shown here, on
  // the guard itself, with a clock the test controls.
  it("stops at the first resolver after the deadline: no later resolver's work is done", async () => {
    const ran: string[] = [];
    const [guarded] = guardResolvers([
      {
        Query: {
          first: () => {
            ran.push("first");
            return 1;
          },
          second: () => {
            ran.push("second");
            return 2;
          },
          third: () => {
            ran.push("third");
            return 3;
          },
        },
      } as unknown as Resolvers,
    ]);
    const query = guarded!.Query as Record<string, (...args: unknown[]) => unknown>;
    const context = {};
    startQueryBudget(context, { timeoutMs: 15, maxListItems: 200_000 });
    expect(query.first!({}, {}, context, {})).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    // Refused as a rejected promise, not a throw, so graphql-js handles every refusal (see guard).
    await expect(query.second!({}, {}, context, {})).rejects.toThrow(/longer than the limit of 15 ms/);
    await expect(query.third!({}, {}, context, {})).rejects.toThrow(/longer than the limit of 15 ms/);
    expect(ran).toEqual(["first"]);
    expect(budgetOf(context)?.exceeded?.extensions).toMatchObject({ reason: "QUERY_TIMEOUT" });
  });
});

describe("the list-item budget", () => {
  const resolvers = guardResolvers([
    {
      Query: { metrics: () => Array.from({ length: 300_001 }, (_, i) => ({ id: i })) },
    } as unknown as Resolvers,
  ]);
  const metrics = (resolvers[0]!.Query as Record<string, (...args: unknown[]) => unknown>).metrics!;

  it("refuses a list that would pass it before the list is returned", async () => {
    const context = {};
    startQueryBudget(context, { timeoutMs: 60_000, maxListItems: 200_000 });
    await expect(metrics({}, {}, context, {})).rejects.toThrow(/limit of 200,000 list items/);
    // Every later resolver of the query is refused at once.
    await expect(metrics({}, {}, context, {})).rejects.toThrow(/limit of 200,000 list items/);
    expect(budgetOf(context)?.exceeded?.extensions).toMatchObject({ reason: "ANSWER_TOO_LARGE" });
  });

  it("does not apply outside a query's budget (mutations)", () => {
    expect(metrics({}, {}, {}, {})).toHaveLength(300_001);
  });
});
