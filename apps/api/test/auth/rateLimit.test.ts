import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/auth/demoUsers.ts";
import { createSignInPolicy } from "../../src/server/signInPolicy.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { user { email } errors { field } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function dataVersion(): Promise<string> {
  const { rows } = await server.db.pool.query<{ version: string }>(
    `SELECT version::text AS version FROM "DataVersion"`,
  );
  return rows[0]!.version;
}

/** `count` attempts through `policy`; whether each was allowed. */
async function attempts(
  policy: ReturnType<typeof createSignInPolicy>,
  client: string,
  email: string,
  count: number,
) {
  const allowed: boolean[] = [];
  for (let i = 0; i < count; i++) allowed.push(await policy.allowSignInAttempt(client, email));
  return allowed;
}

describe("sign-in rate limit (10 attempts a minute per client and email)", () => {
  it("allows 10 wrong attempts, then answers RATE_LIMITED, even with the right password", async () => {
    const before = await dataVersion();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await server.graphql(SIGN_IN, {
        email: "viewer@pcc.local",
        password: `wrong-${attempt}`,
      });
      expect(result.errors, `attempt ${attempt}`).toBeUndefined();
    }
    const blocked = await server.graphql(SIGN_IN, { email: "viewer@pcc.local", password: DEMO_PASSWORD });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(blocked.headers.get("set-cookie")).toBeNull();
    // Counting attempts is not a change to the reporting data: cached answers stay valid.
    expect(await dataVersion()).toBe(before);
  });

  it("does not lock out a different email from the same client", async () => {
    const result = await server.graphql<{ signIn: { user: { email: string } } }>(SIGN_IN, {
      email: "editor@pcc.local",
      password: DEMO_PASSWORD,
    });
    expect(result.data?.signIn.user.email).toBe("editor@pcc.local");
  });

  it("counts attempts made through any replica against one limit", async () => {
    // Two replicas behind a load balancer: two policies over the one database, at the same moment.
    const at = () => Date.UTC(2026, 10, 26, 9, 0, 30);
    const replicaA = createSignInPolicy(server.app.repos, false, at);
    const replicaB = createSignInPolicy(server.app.repos, false, at);
    const client = "198.51.100.7";
    expect(await attempts(replicaA, client, "guess@example.org", 6)).toEqual(Array(6).fill(true));
    expect(await attempts(replicaB, client, "guess@example.org", 4)).toEqual(Array(4).fill(true));
    expect(await replicaA.allowSignInAttempt(client, "guess@example.org")).toBe(false);
    expect(await replicaB.allowSignInAttempt(client, "guess@example.org")).toBe(false);
  });

  it("limits one client to 100 attempts a minute across many emails", async () => {
    const at = () => Date.UTC(2026, 10, 26, 9, 5, 0);
    const policy = createSignInPolicy(server.app.repos, false, at);
    const client = "198.51.100.8";
    const allowed: boolean[] = [];
    for (let i = 0; i < 101; i++)
      allowed.push(await policy.allowSignInAttempt(client, `person${i}@example.org`));
    expect(allowed.filter(Boolean)).toHaveLength(100);
    expect(allowed.at(-1)).toBe(false);
  });

  it("starts a new window a minute after a key's first attempt, and removes ended windows", async () => {
    let now = Date.UTC(2026, 10, 26, 10, 0, 30);
    const policy = createSignInPolicy(server.app.repos, false, () => now);
    const client = "198.51.100.9";
    expect((await attempts(policy, client, "late@example.org", 11)).at(-1)).toBe(false);
    now += 59_000;
    expect(await policy.allowSignInAttempt(client, "late@example.org")).toBe(false);
    now += 1_000;
    expect(await attempts(policy, client, "late@example.org", 10)).toEqual(Array(10).fill(true));
    // Another key's attempt sweeps away every window that has ended, here the earlier tests'.
    await policy.allowSignInAttempt("198.51.100.10", "someone@example.org");
    const { rows } = await server.db.pool.query<{ oldest: Date }>(
      `SELECT min("startedAt") AS oldest FROM "SignInAttemptWindow"`,
    );
    expect(rows[0]!.oldest.getTime()).toBe(now);
  });

  it("keeps neither the client's address nor the email in the database", async () => {
    const at = () => Date.UTC(2026, 10, 26, 11, 0, 0);
    await createSignInPolicy(server.app.repos, false, at).allowSignInAttempt(
      "203.0.113.50",
      "private@example.org",
    );
    const { rows } = await server.db.pool.query<{ keyHash: string }>(
      `SELECT "keyHash" FROM "SignInAttemptWindow"`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { keyHash } of rows) expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
