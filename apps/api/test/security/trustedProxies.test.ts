import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/auth/demoUsers.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { user { email } errors { field } }
}`;

async function signIn(server: TestServer, email: string, password: string, forwardedFor: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? "OK";
}

/** Ten wrong passwords for `email`, each claiming to come from another address; then the right one. */
async function guessThenSignIn(server: TestServer, email: string, forwardedFor: (attempt: number) => string) {
  const codes: string[] = [];
  for (let attempt = 1; attempt <= 10; attempt++)
    codes.push(await signIn(server, email, `wrong-${attempt}`, forwardedFor(attempt)));
  codes.push(await signIn(server, email, DEMO_PASSWORD, forwardedFor(11)));
  return codes;
}

describe("by default no proxy is trusted (TRUST_PROXY unset)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a forged X-Forwarded-For on every attempt does not reset the sign-in limit", async () => {
    const codes = await guessThenSignIn(server, "viewer@pcc.local", (attempt) => `203.0.113.${attempt}`);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill("OK"));
    expect(codes[10]).toBe("RATE_LIMITED");
  });
});

describe("TRUST_PROXY names the proxy in front of the app", () => {
  let server: TestServer;
  beforeAll(async () => {
    // The test client connects over loopback, so it plays the part of the named proxy.
    server = await startTestServer({ env: { TRUST_PROXY: "127.0.0.1" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("counts attempts per client address the trusted proxy reports", async () => {
    const lockedOut = await guessThenSignIn(server, "editor@pcc.local", () => "203.0.113.50");
    expect(lockedOut[10]).toBe("RATE_LIMITED");
    // Another client behind the same proxy is not held back by the first one's guesses.
    expect(await signIn(server, "editor@pcc.local", DEMO_PASSWORD, "203.0.113.51")).toBe("OK");
  });

  it("uses only the hop the proxy added: an address the client wrote before it is ignored", async () => {
    // The proxy appends the address it saw; whatever the client sent comes first and is not believed.
    const codes = await guessThenSignIn(
      server,
      "admin@pcc.local",
      (attempt) => `198.51.100.${attempt}, 203.0.113.60`,
    );
    expect(codes[10]).toBe("RATE_LIMITED");
  });
});
