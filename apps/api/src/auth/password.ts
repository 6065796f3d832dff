import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum (19 MiB, t=2, p=1): ~11 ms per verify on these machines (PLATFORM.md).
// @node-rs/argon2 defaults to argon2id; see docs/decisions/0003-argon2.md.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** An argon2id PHC string for the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when the password matches; false (never an exception) for a malformed stored hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
