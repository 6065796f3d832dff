import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/auth/demoUsers.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { user { email role } errors { field message } }
}`;
const ME = "{ me { email role name isActive } }";
const SIGN_OUT = "mutation { signOut }";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function cookieOf(setCookie: string | null): string {
  const match = /pcc_session=([^;]*)/.exec(setCookie ?? "");
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return `pcc_session=${match[1]}`;
}

describe("sign-in with the demo accounts (local mode)", () => {
  it.each(DEMO_ACCOUNTS)("$email signs in as $role", async ({ email, role }) => {
    const result = await server.graphql<{ signIn: { user: { role: string } } }>(SIGN_IN, {
      email,
      password: DEMO_PASSWORD,
    });
    expect(result.data?.signIn.user.role).toBe(role);
    const cookie = cookieOf(result.headers.get("set-cookie"));
    const me = await server.graphql<{ me: { email: string; role: string } }>(ME, {}, { cookie });
    expect(me.data?.me).toMatchObject({ email, role });
  });

  it("sets an HttpOnly, SameSite=Lax cookie for the whole site, not Secure outside production", async () => {
    const result = await server.graphql(SIGN_IN, { email: "viewer@pcc.local", password: DEMO_PASSWORD });
    const setCookie = result.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Expires=/);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it("accepts the email in any case", async () => {
    const result = await server.graphql<{ signIn: { user: { email: string } } }>(SIGN_IN, {
      email: "  Editor@PCC.local ",
      password: DEMO_PASSWORD,
    });
    expect(result.data?.signIn.user.email).toBe("editor@pcc.local");
  });

  it("stores only the sha256 of the token, never the token itself", async () => {
    const result = await server.graphql(SIGN_IN, { email: "admin@pcc.local", password: DEMO_PASSWORD });
    const token = cookieOf(result.headers.get("set-cookie")).split("=")[1]!;
    expect(await server.db.prisma.session.count({ where: { id: token } })).toBe(0);
    const { createHash } = await import("node:crypto");
    const hashed = createHash("sha256").update(token).digest("hex");
    expect(await server.db.prisma.session.count({ where: { id: hashed } })).toBe(1);
  });
});

describe("refused sign-in", () => {
  it.each([
    ["a wrong password", "viewer@pcc.local", "not-the-password"],
    ["an unknown email", "nobody@pcc.local", DEMO_PASSWORD],
    ["an empty password", "viewer@pcc.local", ""],
  ])("%s gives the same field error and no cookie", async (_case, email, password) => {
    const result = await server.graphql<{ signIn: { user: null; errors: { field: string }[] } }>(SIGN_IN, {
      email,
      password,
    });
    expect(result.data?.signIn.user).toBeNull();
    expect(result.data?.signIn.errors).toEqual([
      { field: "password", message: "Email or password is not right" },
    ]);
    expect(result.headers.get("set-cookie")).toBeNull();
  });
});

describe("session lifecycle", () => {
  it("anonymous requests see me = null", async () => {
    expect((await server.graphql(ME)).data).toEqual({ me: null });
  });

  it("sign-out deletes the session and clears the cookie; the old cookie no longer works", async () => {
    const signIn = await server.graphql(SIGN_IN, { email: "viewer@pcc.local", password: DEMO_PASSWORD });
    const cookie = cookieOf(signIn.headers.get("set-cookie"));
    const out = await server.graphql<{ signOut: boolean }>(SIGN_OUT, {}, { cookie });
    expect(out.data?.signOut).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/pcc_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await server.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
  });

  it("an expired session is anonymous", async () => {
    const signIn = await server.graphql(SIGN_IN, { email: "viewer@pcc.local", password: DEMO_PASSWORD });
    const cookie = cookieOf(signIn.headers.get("set-cookie"));
    expect((await server.graphql<{ me: unknown }>(ME, {}, { cookie })).data?.me).not.toBeNull();
    const { createHash } = await import("node:crypto");
    const id = createHash("sha256").update(cookie.split("=")[1]!).digest("hex");
    await server.db.prisma.session.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await server.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
  });

  it("a forged or unknown cookie is anonymous, not an error", async () => {
    const result = await server.graphql(ME, {}, { cookie: "pcc_session=forged-token" });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ me: null });
  });

  it("sessions last SESSION_TTL_HOURS (12 by default)", async () => {
    const before = Date.now();
    await server.graphql(SIGN_IN, { email: "editor@pcc.local", password: DEMO_PASSWORD });
    const latest = await server.db.prisma.session.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    const hours = (latest.expiresAt.getTime() - before) / 3600_000;
    expect(hours).toBeGreaterThan(11.99);
    expect(hours).toBeLessThan(12.01);
  });
});
