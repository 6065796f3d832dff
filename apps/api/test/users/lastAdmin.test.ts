import { describe, expect, it } from "vitest";
import { updateUserVersioned } from "../../src/data/users/userWrites.ts";
import { buildUser } from "../builders/index.ts";
import { useTestServer } from "../harness/index.ts";

const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!, $v: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $v) { user { id } errors { field message } }
}`;

interface Admin {
  id: number;
  email: string;
  cookie: string;
}

const server = useTestServer();

/** A new admin, signed in; created by `createdBy` (an admin's session), else by the harness admin. */
async function newAdmin(email: string, createdBy?: Admin): Promise<Admin> {
  const user = await buildUser(server, { email, role: "ADMIN", createdBy: createdBy?.cookie });
  return { id: user.id, email, cookie: await user.signIn() };
}

/** Leaves exactly these admins active (the demo and harness admins are switched off). */
async function onlyActiveAdmins(admins: Admin[]) {
  await server.db.prisma.user.updateMany({
    where: { role: "ADMIN", id: { notIn: admins.map((a) => a.id) } },
    data: { isActive: false },
  });
}

const activeAdminIds = async () =>
  (
    await server.db.prisma.user.findMany({ where: { role: "ADMIN", isActive: true }, select: { id: true } })
  ).map((u) => u.id);

const versionOf = async (id: number) =>
  (await server.db.prisma.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

const CHANGES = [
  { name: "demote each other", first: { role: "EDITOR" }, second: { role: "VIEWER" } },
  { name: "deactivate each other", first: { isActive: false }, second: { isActive: false } },
  { name: "one demotes, the other deactivates", first: { role: "EDITOR" }, second: { isActive: false } },
] as const;

describe("the last active admin stays", () => {
  it("two admins removing each other at the same moment: exactly one succeeds, one admin is left", async () => {
    let survivor = await newAdmin("survivor-0@harness.test");
    for (let round = 0; round < 6; round++) {
      const change = CHANGES[round % CHANGES.length]!;
      // The survivor creates the newcomer: every other admin, the harness's too, is switched off.
      const newcomer = await newAdmin(`newcomer-${round}@harness.test`, survivor);
      await onlyActiveAdmins([survivor, newcomer]);
      const [survivorVersion, newcomerVersion] = [await versionOf(survivor.id), await versionOf(newcomer.id)];
      const results = await Promise.all([
        server.graphql<{ updateUser: { user: unknown } | null }>(
          UPDATE,
          { id: String(newcomer.id), input: change.first, v: newcomerVersion },
          { cookie: survivor.cookie },
        ),
        server.graphql<{ updateUser: { user: unknown } | null }>(
          UPDATE,
          { id: String(survivor.id), input: change.second, v: survivorVersion },
          { cookie: newcomer.cookie },
        ),
      ]);
      const succeeded = results.map((r) => Boolean(r.data?.updateUser?.user));
      expect(
        succeeded.filter(Boolean),
        `round ${round} (${change.name}): ${JSON.stringify(results)}`,
      ).toHaveLength(1);
      const left = await activeAdminIds();
      expect(left, `round ${round} (${change.name})`).toHaveLength(1);
      survivor = left[0] === survivor.id ? survivor : newcomer;
      // The loser was refused with a reason (the last admin) or had already lost its session.
      const loser = results[succeeded.indexOf(false)];
      const reason = loser?.data?.updateUser
        ? JSON.stringify(loser.data)
        : loser?.errors?.[0]?.extensions?.code;
      expect(reason).toMatch(/last active admin|UNAUTHENTICATED|FORBIDDEN/);
    }
  });

  it("refuses to demote or deactivate the one active admin, whoever asks, and changes nothing", async () => {
    const [only] = await activeAdminIds();
    expect(only).toBeDefined();
    const version = await versionOf(only!);
    for (const changes of [{ role: "EDITOR" as const }, { isActive: false }]) {
      // As the command line (no actor) or a session that outlived its own admin role would ask.
      const outcome = await updateUserVersioned(server.db, only!, version, changes, {
        actor: null,
        requestId: null,
      });
      expect(outcome.kind).toBe("last-admin");
    }
    expect(await activeAdminIds()).toEqual([only]);
    expect(await versionOf(only!)).toBe(version);
    // Renaming the last admin is fine.
    expect(
      (
        await updateUserVersioned(
          server.db,
          only!,
          version,
          { name: "Still here" },
          { actor: null, requestId: null },
        )
      ).kind,
    ).toBe("updated");
  });
});
