import type { Repositories, Role } from "../context.ts";
import { hashPassword } from "./password.ts";

/** Published in the README for local use only; production never creates nor accepts these accounts. */
export const DEMO_PASSWORD = "scorecard-demo-2023";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "viewer@pcc.local", name: "Demo viewer", role: "VIEWER" },
  { email: "editor@pcc.local", name: "Demo editor", role: "EDITOR" },
  { email: "admin@pcc.local", name: "Demo admin", role: "ADMIN" },
];

/** Creates the missing demo accounts (never changes existing ones). Returns how many it created. */
export async function ensureDemoUsers(
  repos: Pick<Repositories, "users">,
  isProduction: boolean,
): Promise<number> {
  if (isProduction) return 0;
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await repos.users.findForSignIn(account.email)) continue;
    const user = await repos.users.insert(
      { ...account, passwordHash: await hashPassword(DEMO_PASSWORD), isDemo: true },
      { actor: null, requestId: null },
    );
    if (user) created += 1;
  }
  return created;
}
