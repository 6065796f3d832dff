import { beforeAll, describe, expect, it } from "vitest";
import { builderSql } from "../builders/builderSql.ts";
import {
  type BuiltMetric,
  type BuiltPriority,
  buildMetric,
  buildPriority,
  buildQuarter,
  buildScorecardSection,
  monthlySeries,
} from "../builders/index.ts";
import { useTestServer } from "../harness/index.ts";
import { graphqlOk } from "../write/editorClient.ts";

// Two quarters after the seeded report's, so the seed's items (all in March – May 23) are in neither.
const server = useTestServer();
let metric: BuiltMetric;
let priority: BuiltPriority;
const ids: Record<string, number> = {};

async function insertDeliverable(quarterId: number, progress: number, carriedFromId: number | null) {
  const [row] = await builderSql<{ id: number }>(
    server,
    `INSERT INTO "Deliverable" ("priorityId", "reportingPeriodId", action, "dueText", "dueDate", progress, position, "carriedFromId", "updatedAt")
     VALUES ($1, $2, 'Open the new custody suite', 'Q4 2024', '2024-12-31', $3, 0, $4, now()) RETURNING id`,
    [priority.id, quarterId, progress, carriedFromId],
  );
  return row!.id;
}

async function insertRisk(
  quarterId: number,
  text: string,
  carriedFromId: number | null,
  review: string | null,
) {
  const [row] = await builderSql<{ id: number }>(
    server,
    `INSERT INTO "Statement" ("priorityId", "reportingPeriodId", kind, text, position, "carriedFromId", review, "retiredAt", "updatedAt")
     VALUES ($1, $2, 'RISK', $3, 0, $4, $5::"RiskReview", CASE WHEN $5 = 'CLOSED' THEN now() END, now()) RETURNING id`,
    [priority.id, quarterId, text, carriedFromId, review],
  );
  return row!.id;
}

beforeAll(async () => {
  const summer = await buildQuarter(server, {
    code: "2023-Q-JUN-AUG",
    label: "June – Aug 23",
    start: "2023-06",
    end: "2023-08",
    dataMonth: "2023-06",
  });
  const autumn = await buildQuarter(server, {
    code: "2023-Q-SEP-NOV",
    label: "Sept – Nov 23",
    start: "2023-09",
    end: "2023-11",
    dataMonth: "2023-09",
  });
  priority = await buildPriority(server);
  const section = await buildScorecardSection(server);
  // Lower is better against a target of 101. The values alternate 103, 99 from Jan-22 (no run, trend
  // or point beyond the limits: no signal in either quarter): 103 in Jun-23 misses it, 99 in Sep-23 meets it.
  const alternating = Array.from({ length: 21 }, (_, i) => (i % 2 === 0 ? 99 : 103));
  metric = await buildMetric(server, {
    polarity: "LOWER_IS_BETTER",
    sectionId: section.id,
    observations: monthlySeries("2023-09", alternating),
  });
  await builderSql(server, `UPDATE "Metric" SET target = 101, "targetKind" = 'TARGET' WHERE id = $1`, [
    metric.id,
  ]);

  ids.movedBefore = await insertDeliverable(summer.id, 40, null);
  ids.moved = await insertDeliverable(autumn.id, 70, ids.movedBefore);
  ids.stillBefore = await insertDeliverable(summer.id, 50, null);
  ids.still = await insertDeliverable(autumn.id, 50, ids.stillBefore);
  ids.riskBefore = await insertRisk(summer.id, "Recruitment may fall short of the uplift", null, null);
  ids.riskClosed = await insertRisk(
    autumn.id,
    "Recruitment may fall short of the uplift",
    ids.riskBefore,
    "CLOSED",
  );
  ids.riskNew = await insertRisk(autumn.id, "The new records system goes live in October", null, null);
});

const CHANGES = `query Changes($period: String, $since: String) {
  quarterChanges(period: $period, since: $since) {
    from { code } to { code }
    changes { kind sentence metricId direction deliverableId riskId priorityNumber }
  } }`;

describe("what changed between two quarters", () => {
  it("lists exactly what changed, each with what its link needs, and nothing that stood still", async () => {
    const data = await graphqlOk(server, CHANGES, { period: "2023-Q-SEP-NOV" });
    expect(data.quarterChanges.from.code).toBe("2023-Q-JUN-AUG");
    expect(data.quarterChanges.to.code).toBe("2023-Q-SEP-NOV");
    const changes = data.quarterChanges.changes as Array<Record<string, unknown>>;
    const summary = changes.map((c) => [c.kind, c.metricId ?? c.deliverableId ?? c.riskId]);
    expect(summary).toEqual([
      ["FIGURE_MOVED", metric.id],
      ["TARGET_NEWLY_MET", metric.id],
      ["DELIVERABLE_PROGRESS", String(ids.moved)],
      ["RISK_CLOSED", String(ids.riskClosed)],
      ["RISK_OPENED", String(ids.riskNew)],
    ]);
    expect(changes[0]).toMatchObject({ direction: "BETTER", priorityNumber: null });
    expect(changes[0]!.sentence).toMatch(/103.*99/);
    expect(changes[2]).toMatchObject({ priorityNumber: priority.number });
    expect(changes[2]!.sentence).toMatch(/40%.*70%/);
    expect(changes[3]).toMatchObject({ priorityNumber: priority.number });
    expect(changes[4]!.sentence).toContain("The new records system goes live in October");
  });

  it("names the quarter compared with: the same answer as the default for the quarter before", async () => {
    const named = await graphqlOk(server, CHANGES, { period: "2023-Q-SEP-NOV", since: "2023-Q-JUN-AUG" });
    const byDefault = await graphqlOk(server, CHANGES, { period: "2023-Q-SEP-NOV" });
    expect(named.quarterChanges).toEqual(byDefault.quarterChanges);
  });

  it("is empty when nothing changed: the same figures, progress and live risks carried as they were", async () => {
    // Dec – Feb reads data to Dec-23; no metric has a month after Sep-23, so every figure stands.
    const winter = await buildQuarter(server, {
      code: "2023-Q-DEC-FEB",
      label: "Dec 23 – Feb 24",
      start: "2023-12",
      end: "2024-02",
      dataMonth: "2023-12",
    });
    await insertDeliverable(winter.id, 70, ids.moved!);
    await insertDeliverable(winter.id, 50, ids.still!);
    await insertRisk(winter.id, "The new records system goes live in October", ids.riskNew!, "KEPT");
    const data = await graphqlOk(server, CHANGES, { period: "2023-Q-DEC-FEB" });
    expect(data.quarterChanges.from.code).toBe("2023-Q-SEP-NOV");
    expect(data.quarterChanges.changes).toEqual([]);
  });

  it("has nothing to compare for the first quarter", async () => {
    const data = await graphqlOk(server, CHANGES, { period: "2023-Q-MAR-MAY" });
    expect(data.quarterChanges).toMatchObject({ from: null, to: { code: "2023-Q-MAR-MAY" }, changes: [] });
  });

  it("refuses a later or equal quarter as the one to compare with, naming the argument", async () => {
    const answer = await server.graphql(CHANGES, { period: "2023-Q-JUN-AUG", since: "2023-Q-SEP-NOV" });
    expect(answer.errors?.[0]).toMatchObject({
      message: "Sept – Nov 23 is not a reporting quarter before June – Aug 23",
      extensions: { code: "BAD_USER_INPUT", field: "since" },
    });
    const month = await server.graphql(CHANGES, { period: "2023-06" });
    expect(month.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });
});
