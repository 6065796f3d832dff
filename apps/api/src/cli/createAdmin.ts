import { hashPassword } from "../auth/password.ts";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../data/db.ts";
import { migrate } from "../data/migrate.ts";
import { insertUser } from "../data/users/userWrites.ts";

// `pnpm --filter @pcc/api exec tsx src/cli/createAdmin.ts EMAIL "NAME"` with ADMIN_PASSWORD set:
// the first admin of a production install, where demo accounts never exist.
const [email, name] = process.argv.slice(2);
const password = process.env.ADMIN_PASSWORD ?? "";
if (!email || !name || password.length < 12) {
  console.error('Usage: ADMIN_PASSWORD=<at least 12 characters> tsx src/cli/createAdmin.ts EMAIL "NAME"');
  process.exit(2);
}
const db = await openDatabase(loadConfig());
try {
  await migrate(db.pool);
  const user = await insertUser(
    db,
    { email, name, role: "ADMIN", passwordHash: await hashPassword(password) },
    { actor: null, requestId: "cli:createAdmin" },
  );
  console.log(user ? `Created admin ${user.email}.` : `A user with email ${email} already exists.`);
  if (!user) process.exitCode = 1;
} finally {
  await db.close();
}
