import { SESSION_COOKIE } from "../../src/auth/sessionCookie.ts";

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { user { id } errors { field message } }
}`;

/** Signs in through the API as a browser would and returns the session cookie ("pcc_session=…"). */
// The one method it needs, written out so the harness that calls it need not be imported (no cycle).
interface AnswersGraphql {
  graphql(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: unknown; errors?: unknown; headers: Headers }>;
}

export async function signInCookie(server: AnswersGraphql, email: string, password: string): Promise<string> {
  const result = await server.graphql(SIGN_IN, { email, password });
  const setCookie = result.headers.get("set-cookie") ?? "";
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie);
  if (!match) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(result.errors ?? result.data)}`);
  return `${SESSION_COOKIE}=${match[1]}`;
}
