import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { buildSchema, type DocumentNode, Kind, print, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSizeRule } from "../../src/server/answerSizeRule.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

// "Within a second" holds on a quiet machine (about 150 ms here); when other suites share the two
// cores every answer is slower by about the load, so the bound grows with it. Unguarded, depth 5
// took 9.6 s and depth 6 ran out of memory, which no allowance covers.
const A_SECOND = 1_000 * Math.max(1, (loadavg()[0] ?? 0) / availableParallelism());

/** `{ metrics { related { … { id } } } }` with `depth` fields from `metrics` to `id`. */
function relatedFanOut(depth: number): string {
  let selection = "id";
  for (let level = 0; level < depth - 2; level++) selection = `related { ${selection} }`;
  return `{ metrics { ${selection} } }`;
}

describe("the answer-size limit counts what lists return", () => {
  // Each `related` level multiplies the answer by a family of up to eleven metrics: unguarded, depth 4
  // took 1.3 s, depth 5 9.6 s and depth 6 ran the process out of memory.
  it.each([3, 4, 5, 6, 7, 8, 9, 10])(
    "the related fan-out at depth %i is answered within a second",
    async (depth) => {
      const started = Date.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: relatedFanOut(depth) }),
        signal: AbortSignal.timeout(5 * A_SECOND),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      expect(Date.now() - started).toBeLessThan(A_SECOND);
      if (depth <= 3) {
        expect(response.status).toBe(200);
        expect(body.errors).toBeUndefined();
      } else {
        expect(response.status).toBe(400);
        expect(body.data).toBeUndefined();
        expect(body.errors?.[0]?.message).toMatch(/answer to this query would be too large/);
      }
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
  );

  it("refuses every metric's control chart points in one query", async () => {
    const result = await server.graphql("{ metrics { spc { points { value } } series { values } } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/too large/);
  });

  it("refuses the same list reached through nested fragments", async () => {
    const result = await server.graphql(`
      { metrics { ...A } }
      fragment A on Metric { related { ...B } }
      fragment B on Metric { related { id name } }
    `);
    expect(result.status).toBe(400);
  });
});

describe("every document the web app sends fits the limit", () => {
  const schema = buildSchema(
    readFileSync(new URL("../../../../packages/graphql/schema.graphql", import.meta.url), "utf8"),
  );
  // The generated documents carry the fragments they use, exactly as the browser sends them.
  const generated = readFileSync(new URL("../../../web/src/gql/graphql.ts", import.meta.url), "utf8");
  const documents = [
    ...generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm),
  ]
    .map((match) => ({ name: match[1] ?? "", document: JSON.parse(match[2] ?? "{}") as DocumentNode }))
    .filter(({ document }) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));

  it("finds the web app's operations", () => {
    expect(documents.map((d) => d.name)).toEqual(
      expect.arrayContaining(["PriorityDocument", "MetricDocument", "OverviewDocument", "CjsDocument"]),
    );
  });

  it.each(documents.map((d) => [d.name, d.document] as const))("%s", (_name, document) => {
    expect(validate(schema, document, [answerSizeRule()]).map((e) => e.message)).toEqual([]);
  });

  it("the priority page's query passes the server's own validation", async () => {
    const priority = documents.find((d) => d.name === "PriorityDocument");
    expect(priority).toBeDefined();
    const result = await server.graphql(print(priority?.document as DocumentNode), { number: 1 });
    expect(result.status).toBe(200);
    expect(result.errors?.filter((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED") ?? []).toEqual(
      [],
    );
  });
});
