import { createHash } from "node:crypto";
import type { AuthPolicy, Repositories } from "../context.ts";

// 10 tries a minute for one email from one client stops password guessing; 100 a minute per
// client stops spraying many emails, and still lets an office behind one address sign in.
const PER_EMAIL = 10;
const PER_CLIENT = 100;
const WINDOW_MS = 60_000;

// The counters are kept in hashed form: the table needs to tell keys apart, not to know who tried.
const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * Sign-in limits counted in the database, so several API replicas behind a load balancer allow the
 * limit between them rather than each (decision 0003).
 */
export function createSignInPolicy(
  repos: Pick<Repositories, "signInAttempts">,
  isProduction: boolean,
  now = () => Date.now(),
): AuthPolicy {
  return {
    isProduction,
    async allowSignInAttempt(clientKey, email) {
      const byClient = hashKey(`client\n${clientKey}`);
      const byEmail = hashKey(`client and email\n${clientKey}\n${email}`);
      const attempts = await repos.signInAttempts.count([byClient, byEmail], new Date(now()), WINDOW_MS);
      return (attempts.get(byClient) ?? 0) <= PER_CLIENT && (attempts.get(byEmail) ?? 0) <= PER_EMAIL;
    },
  };
}
