import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/auth/demoUsers.ts";
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

describe("sign-in rate limit (10 attempts a minute per client and email)", () => {
  it("allows 10 wrong attempts, then answers RATE_LIMITED, even with the right password", async () => {
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
  });

  it("does not lock out a different email from the same client", async () => {
    const result = await server.graphql<{ signIn: { user: { email: string } } }>(SIGN_IN, {
      email: "editor@pcc.local",
      password: DEMO_PASSWORD,
    });
    expect(result.data?.signIn.user.email).toBe("editor@pcc.local");
  });
});
