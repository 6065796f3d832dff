import { beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { id email name role isActive version } errors { field message } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!, $v: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $v) { user { id role name isActive version } errors { field message } }
}`;
const USERS = "{ users { email role } }";

interface UserGql {
  id: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  version: number;
}
type CreateResult = { createUser: { user: UserGql | null; errors: { field: string; message: string }[] } };
type UpdateResult = { updateUser: { user: UserGql | null; errors: { field: string; message: string }[] } };

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signInAs("ADMIN");
});

const newUser = (email: string) => ({
  email,
  name: "Performance analyst",
  role: "EDITOR",
  password: "long-enough-password",
});

describe("who may manage users", () => {
  it.each([
    ["anonymous", null, "UNAUTHENTICATED"],
    ["viewer", "VIEWER", "FORBIDDEN"],
    ["editor", "EDITOR", "FORBIDDEN"],
  ] as const)("%s cannot list, create or update users", async (_who, role, code) => {
    const cookie = role ? await server.signInAs(role) : null;
    expect((await server.graphql(USERS, {}, { cookie })).errors?.[0]?.extensions?.code).toBe(code);
    const created = await server.graphql(CREATE, { input: newUser(`x-${_who}@pcc.test`) }, { cookie });
    expect(created.errors?.[0]?.extensions?.code).toBe(code);
    const updated = await server.graphql(UPDATE, { id: "1", input: { name: "x" }, v: 1 }, { cookie });
    expect(updated.errors?.[0]?.extensions?.code).toBe(code);
    expect(await server.db.prisma.user.count({ where: { email: `x-${_who}@pcc.test` } })).toBe(0);
  });

  it("an admin lists every user", async () => {
    const result = await server.graphql<{ users: { email: string }[] }>(USERS, {}, { cookie: admin });
    const emails = result.data?.users.map((u) => u.email) ?? [];
    expect(emails).toEqual(
      expect.arrayContaining(["viewer@pcc.local", "editor@pcc.local", "admin@pcc.local"]),
    );
  });
});

describe("createUser", () => {
  it("creates the user, who can then sign in, and writes one audit row without the password hash", async () => {
    const result = await server.graphql<CreateResult>(
      CREATE,
      { input: newUser("Analyst@PCC.test") },
      { cookie: admin },
    );
    const user = result.data?.createUser.user;
    expect(result.data?.createUser.errors).toEqual([]);
    expect(user).toMatchObject({ email: "analyst@pcc.test", role: "EDITOR", isActive: true, version: 1 });
    const signIn = await server.graphql<{ signIn: { user: { email: string } | null } }>(
      `mutation { signIn(email: "analyst@pcc.test", password: "long-enough-password") { user { email } } }`,
    );
    expect(signIn.data?.signIn.user?.email).toBe("analyst@pcc.test");
    const audit = await server.db.prisma.auditEvent.findMany({
      where: { entityType: "User", entityId: user!.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.create", actorEmail: "admin@harness.test", before: null });
    expect(audit[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(audit[0]?.after)).not.toContain("passwordHash");
  });

  it.each([
    ["input.email", { email: "not-an-email" }],
    ["input.name", { name: "   " }],
    ["input.password", { password: "short" }],
  ])("rejects a bad %s with a field error and writes nothing", async (field, change) => {
    const before = await server.db.prisma.user.count();
    const result = await server.graphql<CreateResult>(
      CREATE,
      { input: { ...newUser("field@pcc.test"), ...change } },
      { cookie: admin },
    );
    expect(result.data?.createUser.user).toBeNull();
    expect(result.data?.createUser.errors.map((e) => e.field)).toEqual([field]);
    expect(await server.db.prisma.user.count()).toBe(before);
  });

  it("refuses a duplicate email as a field error", async () => {
    const result = await server.graphql<CreateResult>(
      CREATE,
      { input: newUser("viewer@pcc.local") },
      { cookie: admin },
    );
    expect(result.data?.createUser.errors).toEqual([
      { field: "input.email", message: "A user with this email exists" },
    ]);
  });

  it("rejects an unknown role as BAD_USER_INPUT", async () => {
    const result = await server.graphql(
      CREATE,
      { input: { ...newUser("r@pcc.test"), role: "OWNER" } },
      { cookie: admin },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("updateUser", () => {
  async function makeUser(email: string): Promise<UserGql> {
    const result = await server.graphql<CreateResult>(CREATE, { input: newUser(email) }, { cookie: admin });
    return result.data!.createUser.user!;
  }

  it("changes role with the expected version, bumps the version and audits before/after", async () => {
    const user = await makeUser("promote@pcc.test");
    const result = await server.graphql<UpdateResult>(
      UPDATE,
      { id: user.id, input: { role: "ADMIN" }, v: 1 },
      { cookie: admin },
    );
    expect(result.data?.updateUser.user).toMatchObject({ role: "ADMIN", version: 2 });
    const audit = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "User", entityId: user.id, action: "user.update" },
    });
    expect(audit.before).toMatchObject({ role: "EDITOR", version: 1 });
    expect(audit.after).toMatchObject({ role: "ADMIN", version: 2 });
  });

  it("a stale version is a CONFLICT carrying the current record; nothing changes", async () => {
    const user = await makeUser("stale@pcc.test");
    await server.graphql(UPDATE, { id: user.id, input: { name: "First" }, v: 1 }, { cookie: admin });
    const stale = await server.graphql<UpdateResult>(
      UPDATE,
      { id: user.id, input: { name: "Second" }, v: 1 },
      { cookie: admin },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ name: "First", version: 2 });
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: Number(user.id) } });
    expect(row.name).toBe("First");
  });

  it("deactivating a user ends their sessions at once", async () => {
    const user = await makeUser("leaver@pcc.test");
    const signIn = await server.graphql(
      `mutation { signIn(email: "leaver@pcc.test", password: "long-enough-password") { user { id } } }`,
    );
    const cookie = /pcc_session=[^;]+/.exec(signIn.headers.get("set-cookie") ?? "")![0];
    await server.graphql(UPDATE, { id: user.id, input: { isActive: false }, v: 1 }, { cookie: admin });
    expect((await server.graphql("{ me { email } }", {}, { cookie })).data).toEqual({ me: null });
  });

  it("an admin cannot deactivate themselves", async () => {
    const me = await server.graphql<{ me: { id: string; version: number } }>(
      "{ me { id version } }",
      {},
      { cookie: admin },
    );
    const result = await server.graphql<UpdateResult>(
      UPDATE,
      { id: me.data!.me.id, input: { isActive: false }, v: me.data!.me.version },
      { cookie: admin },
    );
    expect(result.data?.updateUser.errors.map((e) => e.field)).toEqual(["input.isActive"]);
  });

  it("an unknown id is NOT_FOUND", async () => {
    const result = await server.graphql(
      UPDATE,
      { id: "999999", input: { name: "x" }, v: 1 },
      { cookie: admin },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
