import { createRateLimiter } from "../auth/rateLimiter.ts";
import type { AuthPolicy } from "../context.ts";

// 10 tries a minute for one email from one client stops password guessing; 100 a minute per
// client stops spraying many emails, and still lets an office behind one address sign in.
const PER_EMAIL = 10;
const PER_CLIENT = 100;
const WINDOW_MS = 60_000;

export function createSignInPolicy(isProduction: boolean): AuthPolicy {
  const byEmail = createRateLimiter(PER_EMAIL, WINDOW_MS);
  const byClient = createRateLimiter(PER_CLIENT, WINDOW_MS);
  return {
    isProduction,
    allowSignInAttempt(clientKey, email) {
      const clientOk = byClient.tryConsume(clientKey);
      const emailOk = byEmail.tryConsume(`${clientKey}\n${email}`);
      return clientOk && emailOk;
    },
  };
}
