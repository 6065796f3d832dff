import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/auth/demoUsers.ts";
import { hashPassword } from "../../src/auth/password.ts";
import { createFormatError } from "../../src/server/formatError.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

// The same server with NODE_ENV=production: what changes for safety.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: "production" } });
});
afterAll(async () => {
  await server?.close();
});

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { user { email } errors { field message } }
}`;

describe("demo accounts in production", () => {
  it("are never created", async () => {
    expect(await server.db.prisma.user.count({ where: { isDemo: true } })).toBe(0);
    expect(await server.db.prisma.user.count({ where: { email: { endsWith: "@pcc.local" } } })).toBe(0);
  });

  it("are refused at sign-in even if one exists in the database", async () => {
    await server.db.prisma.user.create({
      data: {
        email: "admin@pcc.local",
        name: "Copied demo admin",
        role: "ADMIN",
        isDemo: true,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
    const result = await server.graphql<{ signIn: { user: unknown; errors: unknown[] } }>(SIGN_IN, {
      email: "admin@pcc.local",
      password: DEMO_PASSWORD,
    });
    expect(result.data?.signIn.user).toBeNull();
    expect(result.data?.signIn.errors).toHaveLength(1);
    expect(result.headers.get("set-cookie")).toBeNull();
  });

  it("a session of a demo account (e.g. from a copied database) is ignored", async () => {
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@pcc.local" } });
    const { createHash } = await import("node:crypto");
    const token = "copied-demo-session-token";
    await server.db.prisma.session.create({
      data: {
        id: createHash("sha256").update(token).digest("hex"),
        userId: user.id,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    const me = await server.graphql("{ me { email } }", {}, { cookie: `pcc_session=${token}` });
    expect(me.data).toEqual({ me: null });
  });
});

describe("production hardening", () => {
  it("marks the session cookie Secure", async () => {
    const viewer = await server.signInAs("VIEWER");
    expect(viewer).toMatch(/^pcc_session=/);
    const result = await server.graphql(SIGN_IN, {
      email: "viewer@harness.test",
      password: "harness-password-0001",
    });
    expect(result.headers.get("set-cookie")).toMatch(/; Secure/i);
  });

  it("turns introspection off", async () => {
    const result = await server.graphql("{ __schema { queryType { name } } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("does not suggest field names", async () => {
    const result = await server.graphql("{ mee { id } }");
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it("masks unexpected errors: no message from inside, no stack trace", () => {
    // What used to reach clients: a driver error with Prisma's source excerpt and file paths. (The
    // NUL that produced it over HTTP is now refused before execution, below.)
    const driverError = new Error(
      "Invalid `prisma.user.create()` invocation in /app/src/data/users/userWrites.ts:26:37 … 0x00",
    );
    const formatted = createFormatError(true)(
      {
        message: driverError.message,
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at userWrites.ts:26"] },
      },
      new GraphQLError(driverError.message, { originalError: driverError }),
    );
    expect(formatted).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("answers a value the database cannot store as the client's error, with nothing from inside", async () => {
    const admin = await server.signInAs("ADMIN");
    const result = await server.graphql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      {
        input: { email: "nul@pcc.test", name: "a\u0000b", role: "VIEWER", password: "long-enough-password" },
      },
      { cookie: admin },
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(result.errors?.[0]?.message).toContain('"input.name"');
    expect(JSON.stringify(result)).not.toMatch(/stack|0x00|prisma|at /i);
  });

  it("keeps the code and message of application errors, without a stack", async () => {
    const result = await server.graphql("{ users { email } }");
    expect(result.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED" });
  });

  it("drops stack traces from request errors too", async () => {
    const result = await server.graphql("{ ");
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace/);
  });

  it("sends HSTS", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=/);
  });
});
