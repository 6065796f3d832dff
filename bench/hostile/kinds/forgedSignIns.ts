import { graphql, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } errors { field message } } }`;

/**
 * Thirty wrong passwords for one account, each with its own forged X-Forwarded-For, then the right
 * one with a fresh header: the limit must count them all as one client and refuse the last too.
 */
export async function forgedSignIns(target: Target, email: string, password: string): Promise<KindResult> {
  const answers = [];
  for (let i = 0; i < 30; i++) {
    const headers = { "x-forwarded-for": `203.0.113.${i + 1}` };
    answers.push(await graphql(target, SIGN_IN, { e: email, p: `wrong-password-${i}` }, { headers }));
  }
  const right = await graphql(
    target,
    SIGN_IN,
    { e: email, p: password },
    { headers: { "x-forwarded-for": "198.51.100.7" } },
  );
  answers.push(right);
  const limited = answers.filter((answer) => answer.codes.includes("RATE_LIMITED")).length;
  const signedIn = Boolean((right.body as { data?: { signIn?: { user?: unknown } } }).data?.signIn?.user);
  return {
    kind: "forged X-Forwarded-For sign-ins (30 wrong, then right)",
    answers,
    note: `${limited} of 31 limited; right password with a fresh header ${signedIn ? "SIGNED IN (limit skipped)" : "refused"}`,
  };
}
