import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";

// Deterministic PRNG (mulberry32) so a failure can be replayed from its index.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = [
  "{ me { id email role } }",
  "{ health { ok database } }",
  'mutation { signIn(email: "viewer@pcc.local", password: "x") { user { id } errors { field } } }',
  "mutation { signOut }",
  "{ users { email } }",
];

type Body = string; // the raw HTTP body sent as application/json

/** One hostile request body per index; every one is invalid by construction. */
function hostile(i: number, rand: () => number): Body {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const q = (query: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });
  const base = pick(VALID);
  switch (i % 16) {
    case 0: // random printable garbage
      return q(
        Array.from({ length: 1 + Math.floor(rand() * 200) }, () =>
          String.fromCharCode(32 + Math.floor(rand() * 95)),
        ).join(""),
      );
    case 1: // truncated valid document
      return q(base.slice(0, Math.max(1, Math.floor(rand() * (base.length - 2)))));
    case 2: // deep nesting
      return q(`{ ${"me { ".repeat(13 + Math.floor(rand() * 400))}id${" }".repeat(5)} }`);
    case 3: // alias bomb
      return q(
        `{ ${Array.from({ length: 16 + Math.floor(rand() * 500) }, (_, k) => `a${k}: me { id }`).join(" ")} }`,
      );
    case 4: // huge string argument
      return q(
        `mutation { signIn(email: "${"A".repeat(10_000 + Math.floor(rand() * 90_000))}", password: 1) { user { id } } }`,
      );
    case 5: // wrong variable types
      return q("mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }", {
        variables: { e: pick([123, true, { a: 1 }, [1, 2], null]), p: pick([null, 4.5, ["x"]]) },
      });
    case 6: // query is not a string
      return JSON.stringify({ query: pick([42, null, true, { a: 1 }, ["{ me { id } }"]]) });
    case 7: // no query at all / junk fields
      return JSON.stringify(
        pick([
          {},
          { variables: {} },
          { operationName: "x" },
          { extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } },
        ]),
      );
    case 8: // unknown fields and types
      return q(`{ ${pick(["nope", "__type(name: 1)", "me { password }", "users(first: 1) { id }"])} }`);
    case 9: // operationName that does not exist, or several anonymous operations
      return pick([
        q("query A { me { id } } query B { me { id } }", { operationName: "C" }),
        q("{ me { id } } { me { id } }"),
      ]);
    case 10: // fragment cycle
      return q("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
    case 11: // directive abuse
      return q(`{ me ${"@include(if: true) ".repeat(21 + Math.floor(rand() * 100))} { id } }`);
    case 12: // NUL bytes, control characters, lone surrogates
      return q(`{ me { id } }${pick(["\u0000", "\u0001\u0002", "\ud800", "\uffff"])}{`);
    case 13: // variables of the wrong shape
      return JSON.stringify({ query: "query ($x: Int) { me { id } }", variables: pick(["x", 1, [1], true]) });
    case 14: // wrong literal types in arguments
      return q(
        `mutation { updateUser(id: ${pick(["{}", "[1]", "null"])}, input: { role: ${pick(["GOD", "1", '"ADMIN"'])} }, expectedVersion: "one") { user { id } } }`,
      );
    default: // unbalanced brackets and a token flood
      return q(
        `${"{ ".repeat(1 + Math.floor(rand() * 3000))}${"__typename ".repeat(Math.floor(rand() * 6000))}`,
      );
  }
}

const server = useTestServer();

describe("fuzz: hostile GraphQL requests", () => {
  // Generous timeout: ~45 s alone on 2 cores, longer when other suites share the machine.
  it("answers 1,200 malformed or hostile documents each with a 4xx-class error, and stays healthy", {
    timeout: 300_000,
  }, async () => {
    const rand = prng(20230531);
    const bodies = Array.from({ length: 1200 }, (_, i) => hostile(i, rand));
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    async function worker() {
      while (next < bodies.length) {
        const index = next++;
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: bodies[index],
          signal: AbortSignal.timeout(30_000),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        let errors: unknown[] | undefined;
        try {
          errors = (JSON.parse(text) as { errors?: unknown[] }).errors;
        } catch {
          errors = undefined;
        }
        // A GraphQL error may come back as 200 (e.g. UNAUTHENTICATED in a field); it must be an error.
        if (response.status >= 500 || !errors || errors.length === 0) {
          problems.push(`#${index} (case ${index % 16}) → ${response.status} ${text.slice(0, 120)}`);
        }
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(problems, problems.slice(0, 10).join("\n")).toEqual([]);
    expect([...statuses.keys()].every((s) => s >= 200 && s < 500)).toBe(true);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const ok = await server.graphql("{ health { ok } me { id } }");
    expect(ok.errors).toBeUndefined();
  });
});
