import { beforeAll, expect, it } from "vitest";
import { type BuiltDeliverable, buildDeliverable } from "../builders/index.ts";
import { useEditorServer } from "./useEditorServer.ts";

const { server, editor } = useEditorServer();
let deliverable: BuiltDeliverable;
beforeAll(async () => {
  deliverable = await buildDeliverable(server, { progress: 40 });
});

const ACTIVITY = `query A($limit: Int, $before: ID) { activity(limit: $limit, before: $before) {
  id at actorEmail action entityType entityId before after changes } }`;

it("lists recent changes newest first, in pages", async () => {
  for (const progress of [41, 42, 43]) {
    const { version } = (await editor.ok(`{ deliverable(id: "${deliverable.id}") { version } }`)).deliverable;
    await editor.ok(
      `mutation { updateDeliverable(id: "${deliverable.id}", input: { progress: ${progress} }, expectedVersion: ${version}, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
    );
  }
  const firstPage = (await editor.ok(ACTIVITY, { limit: 2 })).activity;
  expect(firstPage.map((e: { changes: string[] }) => e.changes)).toEqual([
    ["progress: 42 → 43"],
    ["progress: 41 → 42"],
  ]);
  expect(firstPage[0]).toMatchObject({
    actorEmail: "editor@harness.test",
    action: "deliverable.update",
    entityType: "Deliverable",
    entityId: deliverable.id,
  });
  const next = (await editor.ok(ACTIVITY, { limit: 2, before: firstPage[1].id })).activity;
  expect(next[0].changes).toEqual(["progress: 40 → 41"]);
  expect(Number(next[0].id)).toBeLessThan(Number(firstPage[1].id));
});

it("refuses a silly page size or cursor", async () => {
  for (const vars of [{ limit: 0 }, { limit: 1000 }, { before: "abc" }]) {
    expect((await editor.error(ACTIVITY, vars)).extensions?.code).toBe("BAD_USER_INPUT");
  }
});

it("lets a viewer read a record's history but not the activity feed", async () => {
  const viewer = await server.signInAs("VIEWER");
  const history = await server.graphql<{ auditHistory: unknown[] }>(
    `{ auditHistory(entityType: "Deliverable", entityId: "${deliverable.id}") { id changes } }`,
    {},
    { cookie: viewer },
  );
  // The editor's add and three updates.
  expect(history.data!.auditHistory).toHaveLength(4);
  const feed = await server.graphql(ACTIVITY, {}, { cookie: viewer });
  expect(feed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
});
