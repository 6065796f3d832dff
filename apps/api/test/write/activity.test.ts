import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../harness/index.ts";
import { editorClient } from "./editorClient.ts";

let server: TestServer;
let editor: Awaited<ReturnType<typeof editorClient>>;
beforeAll(async () => {
  server = await startTestServer();
  editor = await editorClient(server);
});
afterAll(async () => {
  await server?.close();
});

const ACTIVITY = `query A($limit: Int, $before: ID) { activity(limit: $limit, before: $before) {
  id at actorEmail action entityType entityId before after changes } }`;

it("lists recent changes newest first, in pages", async () => {
  for (const progress of [41, 42, 43]) {
    const { deliverable } = await editor.ok(`{ deliverable(id: "1") { version } }`);
    await editor.ok(
      `mutation { updateDeliverable(id: "1", input: { progress: ${progress} }, expectedVersion: ${deliverable.version}) { errors { field } } }`,
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
    entityId: "1",
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
    `{ auditHistory(entityType: "Deliverable", entityId: "1") { id changes } }`,
    {},
    { cookie: viewer },
  );
  expect(history.data!.auditHistory).toHaveLength(3);
  const feed = await server.graphql(ACTIVITY, {}, { cookie: viewer });
  expect(feed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
});
