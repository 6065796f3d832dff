import { SESSION_COOKIE } from "../../src/auth/sessionCookie.ts";
import type { TestServer } from "./startTestServer.ts";

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { user { id } errors { field message } }
}`;

/** Signs in through the API as a browser would and returns the session cookie ("pcc_session=…"). */
export async function signInCookie(
  server: Pick<TestServer, "graphql">,
  email: string,
  password: string,
): Promise<string> {
  const result = await server.graphql(SIGN_IN, { email, password });
  const setCookie = result.headers.get("set-cookie") ?? "";
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie);
  if (!match) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(result.errors ?? result.data)}`);
  return `${SESSION_COOKIE}=${match[1]}`;
}
