import pg from "pg";
import { graphql, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

const UPDATE = `mutation($id: ID!, $v: Int!, $note: String) {
  updateDeliverable(id: $id, expectedVersion: $v, input: { note: $note }, reason: "Corrected in a test of the published quarter") { deliverable { version } errors { field message } }
}`;

/** 1,000 saves of one deliverable at once, all from the same version: one wins, the rest CONFLICT, one audit row. */
export async function conflictingSaves(
  target: Target,
  databaseUrl: string,
  deliverableId: string,
): Promise<KindResult> {
  const current = await graphql(target, "query($id: ID!) { deliverable(id: $id) { version } }", {
    id: deliverableId,
  });
  const version = (current.body as { data: { deliverable: { version: number } } }).data.deliverable.version;
  const startedAt = new Date();
  const answers = await Promise.all(
    Array.from({ length: 1000 }, (_, i) =>
      graphql(
        target,
        UPDATE,
        { id: deliverableId, v: version, note: `hostile save ${i}` },
        // They queue behind the server's eight at a time: the last is answered after all the others.
        { cookie: target.cookies.admin, timeoutMs: 180_000 },
      ),
    ),
  );
  const won = answers.filter(
    (answer) =>
      (answer.body as { data?: { updateDeliverable?: { deliverable?: unknown } } }).data?.updateDeliverable
        ?.deliverable,
  ).length;
  const conflicts = answers.filter((answer) => answer.codes.includes("CONFLICT")).length;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const audit = await client.query<{ count: string }>(
    `SELECT count(*) FROM "AuditEvent" WHERE "entityType" = 'Deliverable' AND "entityId" = $1 AND at >= $2`,
    [deliverableId, startedAt],
  );
  await client.end();
  const dropped = answers.find((answer) => answer.status === 0);
  return {
    kind: "1,000 conflicting saves at once",
    answers,
    note: `${won} won, ${conflicts} CONFLICT, ${audit.rows[0]?.count} audit rows written${dropped ? `; a dropped one: ${String(dropped.body).slice(0, 120)}` : ""}`,
  };
}
