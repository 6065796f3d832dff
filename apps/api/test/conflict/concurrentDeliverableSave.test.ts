import { expect, it } from "vitest";
import { buildDeliverable } from "../builders/index.ts";
import { useTestServer } from "../harness/index.ts";

// Two editors save the same deliverable: exactly one wins, the other gets the conflict with current
// data, and nothing is lost. Two different people (an editor and an admin) save a deliverable
// (progress 40, version 1) at the same moment with the version both saw.
const server = useTestServer();

const UPDATE = `mutation U($id: ID!, $input: DeliverableInput!, $v: Int!) {
  updateDeliverable(id: $id, input: $input, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { deliverable { progress note version } errors { field } } }`;
const HISTORY = `query H($id: ID!) { auditHistory(entityType: "Deliverable", entityId: $id) { actorEmail changes } }`;

it("exactly one of two concurrent saves wins; the other gets CONFLICT with the winner's record", async () => {
  const { id } = await buildDeliverable(server, { progress: 40 });
  const [alice, bob] = [await server.signInAs("EDITOR"), await server.signInAs("ADMIN")];
  const saves = [
    { cookie: alice, input: { progress: 55, note: "Editor's update" } },
    { cookie: bob, input: { progress: 70, note: "Admin's update" } },
  ];
  const results = await Promise.all(
    saves.map((s) => server.graphql(UPDATE, { id, input: s.input, v: 1 }, { cookie: s.cookie })),
  );

  const winners = results.filter((r) => !r.errors);
  const losers = results.filter((r) => r.errors);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(1);
  const won = (
    winners[0]!.data as {
      updateDeliverable: { deliverable: { progress: number; note: string; version: number } };
    }
  ).updateDeliverable.deliverable;
  expect(won.version).toBe(2);
  const error = losers[0]!.errors![0]!;
  expect(error.extensions?.code).toBe("CONFLICT");
  // The loser sees exactly what the winner saved, so they can merge instead of overwriting.
  expect(error.extensions?.current).toMatchObject({
    id,
    progress: won.progress,
    note: won.note,
    version: 2,
  });

  // The loser retries on top of the current version: both edits end up in the history.
  const loserIndex = results.indexOf(losers[0]!);
  const retry = await server.graphql(
    UPDATE,
    { id, input: saves[loserIndex]!.input, v: 2 },
    { cookie: saves[loserIndex]!.cookie },
  );
  expect(retry.errors).toBeUndefined();
  const history = await server.graphql<{ auditHistory: { actorEmail: string; changes: string[] }[] }>(
    HISTORY,
    { id },
    { cookie: alice },
  );
  // Newest first: the two saves, then the editor's add that built the deliverable.
  const events = history.data!.auditHistory.slice(0, -1);
  expect(history.data!.auditHistory.at(-1)!.changes).toEqual(expect.arrayContaining(["progress: — → 40"]));
  expect(events).toHaveLength(2);
  expect(events.map((e) => e.actorEmail).sort()).toEqual(["admin@harness.test", "editor@harness.test"]);
  expect(events[1]!.changes).toContain(`progress: 40 → ${won.progress}`);
  expect(events[0]!.changes).toContain(`progress: ${won.progress} → ${saves[loserIndex]!.input.progress}`);
});

// Several saves in flight at once: on PostgreSQL they reach the database together; on PGlite they
// queue for its single connection, and the version check must still let exactly one win.
const SAVES = 5;

it("many concurrent saves of one version: one winner, every other a CONFLICT, one audit row", async () => {
  const cookie = await server.signInAs("EDITOR");
  const { id, version: v } = await buildDeliverable(server);
  const results = await Promise.all(
    Array.from({ length: SAVES }, (_, i) =>
      server.graphql(
        `mutation { updateDeliverable(id: "${id}", input: { progress: ${i * 10} }, expectedVersion: ${v}, reason: "Corrected in a test of the published quarter") { deliverable { version } } }`,
        {},
        { cookie },
      ),
    ),
  );
  const odd = results.filter((r) => r.errors && r.errors[0]?.extensions?.code !== "CONFLICT");
  expect(odd.map((r) => r.errors![0]!.message)).toEqual([]);
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(SAVES - 1);
  const history = await server.graphql<{ auditHistory: { action: string }[] }>(
    `{ auditHistory(entityType: "Deliverable", entityId: "${id}") { id action } }`,
    {},
    { cookie },
  );
  // The one winning update above the editor's add.
  expect(history.data!.auditHistory.map((e) => e.action)).toEqual(["deliverable.update", "deliverable.add"]);
});
