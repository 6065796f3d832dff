import { signInCookie, type TestServer } from "../harness/index.ts";
import { builderMutation } from "./builderMutation.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export type UserRole = Parameters<TestServer["signInAs"]>[0];

export interface UserOverrides {
  email?: string;
  name?: string;
  role?: UserRole;
  password?: string;
  /** The session cookie of the admin who creates the user; default: the harness admin. */
  createdBy?: string;
}

export interface BuiltUser {
  id: number;
  email: string;
  role: UserRole;
  version: number;
  password: string;
  /** Signs this user in through the API; the session cookie. */
  signIn(): Promise<string>;
}

const CREATE = `mutation BuildUser($input: CreateUserInput!) {
  createUser(input: $input) { user { id email role version } errors { field message } } }`;

/** A user created by the harness admin through the API, as an admin would create one (audited). */
export async function buildUser(server: TestServer, overrides: UserOverrides = {}): Promise<BuiltUser> {
  const email = overrides.email ?? `${uniqueLabel("user", "-")}@builder.test`;
  const password = overrides.password ?? "builder-password-01";
  const { user } = await builderMutation<{
    user: { id: string; email: string; role: UserRole; version: number };
  }>(server, overrides.createdBy ? { cookie: overrides.createdBy } : "ADMIN", CREATE, {
    input: { email, name: overrides.name ?? email, role: overrides.role ?? "VIEWER", password },
  });
  return {
    ...user,
    id: Number(user.id),
    password,
    signIn: () => signInCookie(server, user.email, password),
  };
}
