import { beforeAll, describe, expect, it } from "vitest";
import { builderSql } from "../builders/builderSql.ts";
import {
  type BuiltDeliverable,
  type BuiltPriority,
  type BuiltSection,
  buildDeliverable,
  buildPriority,
  buildScorecardSection,
  buildStatement,
} from "../builders/index.ts";
import { useTestServer } from "../harness/index.ts";
import { type EditorClient, editorClient, graphqlOk, type Loose } from "../write/editorClient.ts";

// The report's quarter (March – May 23, published) with a priority of the tests' own: an open, a
// complete and a retired deliverable, an open and a retired risk, two focus items, an outcome, and a
// section's commentary. The file opens the next quarter from it, reviews, publishes and corrects.
const server = useTestServer();
const FROM = "2023-Q-MAR-MAY";
const NEXT = "2023-Q-JUN-AUG";
const SETUP = "Test set-up in the published report quarter";
let editor: EditorClient;
let admin: string;
let priority: BuiltPriority;
let open: BuiltDeliverable;
let section: BuiltSection;
beforeAll(async () => {
  editor = await editorClient(server);
  admin = await server.signInAs("ADMIN");
  priority = await buildPriority(server);
  open = await buildDeliverable(server, {
    priority,
    action: "Open deliverable",
    progress: 40,
    note: "Halfway",
  });
  await buildDeliverable(server, { priority, action: "Complete deliverable", progress: 100 });
  const retired = await buildDeliverable(server, { priority, action: "Retired deliverable", progress: 10 });
  await editor.ok(
    `mutation R($id: ID!, $v: Int!, $r: String) { retireDeliverable(id: $id, expectedVersion: $v, reason: $r) { errors { field } } }`,
    {
      id: retired.id,
      v: retired.version,
      r: SETUP,
    },
  );
  await buildStatement(server, { priority, kind: "RISK", text: "Recruitment below plan" });
  const closedRisk = await buildStatement(server, { priority, kind: "RISK", text: "Already retired risk" });
  await editor.ok(
    `mutation R($id: ID!, $v: Int!, $r: String) { retireStatement(id: $id, expectedVersion: $v, reason: $r) { errors { field } } }`,
    {
      id: closedRisk.id,
      v: closedRisk.version,
      r: SETUP,
    },
  );
  for (const text of ["Focus A", "Focus B"]) await buildStatement(server, { priority, kind: "FOCUS", text });
  await buildStatement(server, { priority, kind: "OUTCOME", text: "An outcome of last quarter" });
  section = await buildScorecardSection(server, { priority, reportCommentary: ["Last quarter's note"] });
});

const OPEN = `mutation O($from: String!) { openNextQuarter(from: $from) {
  quarter { code label kind start end dataMonth status version openedFrom { code } } errors { field message } } }`;
const PUBLISH = `mutation P($p: String!, $v: Int!) { publishQuarter(period: $p, version: $v) {
  quarter { code status publishedAt version } errors { field message } } }`;
const REVIEW = `mutation V($id: ID!, $v: Int!, $r: RiskReviewDecision!, $t: String) {
  reviewRisk(id: $id, expectedVersion: $v, review: $r, text: $t) { statement { id text review retired version } errors { field message } } }`;
const PAGE = `query Page($n: Int!, $p: String) { priority(number: $n) {
  deliverables(period: $p) { id action progress note due dueDate version }
  risks(period: $p, includeRetired: true) { id text review retired version }
  outcomes(period: $p) { id } focus(period: $p) { id } previousFocus(period: $p) { text }
  scorecards { sections { id commentary(period: $p) { text } previousCommentary(period: $p) { text } } } } }`;
const page = (period: string) =>
  editor.ok(PAGE, { n: priority.number, p: period }).then((d) => d.priority as Loose);

describe("opening the next quarter", () => {
  it("is refused to a viewer, and for a month or an unknown quarter", async () => {
    const asViewer = await server.graphql(OPEN, { from: FROM }, { cookie: await server.signInAs("VIEWER") });
    expect(asViewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const from of ["2023-03", "2099-Q-NONE"]) {
      const { openNextQuarter } = await editor.ok(OPEN, { from });
      expect(openNextQuarter.quarter).toBeNull();
      expect(openNextQuarter.errors).toEqual([{ field: "from", message: expect.any(String) }]);
    }
  });

  it("creates June – Aug 23 as a draft, opened from March – May 23", async () => {
    const { openNextQuarter } = await editor.ok(OPEN, { from: FROM });
    expect(openNextQuarter.errors).toEqual([]);
    expect(openNextQuarter.quarter).toEqual({
      code: NEXT,
      label: "June – Aug 23",
      kind: "QUARTER",
      start: "2023-06",
      end: "2023-08",
      dataMonth: "2023-06",
      status: "DRAFT",
      version: 1,
      openedFrom: { code: FROM },
    });
  });

  it("carries open deliverables with their progress, note and due date, linked to where they came from", async () => {
    const carried = (await page(NEXT)).deliverables as Loose[];
    expect(carried).toEqual([
      expect.objectContaining({
        action: "Open deliverable",
        progress: 40,
        note: "Halfway",
        due: "Q4 2023",
        version: 1,
      }),
    ]);
    const [row] = await builderSql<Loose>(
      server,
      `SELECT d."carriedFromId", d."dueDateSource"::text AS source, to_char(d."startDate", 'YYYY-MM-DD') AS start,
              to_char(o."startDate", 'YYYY-MM-DD') AS "originStart"
       FROM "Deliverable" d JOIN "Deliverable" o ON o.id = d."carriedFromId" WHERE d.id = $1`,
      [Number(carried[0]!.id)],
    );
    expect(row).toEqual({
      carriedFromId: Number(open.id),
      source: "PARSED",
      start: row!.originStart,
      originStart: row!.originStart,
    });
  });

  it("carries open risks for review; outcomes, focus and commentary start empty beside last quarter's", async () => {
    const next = await page(NEXT);
    expect(next.risks).toEqual([
      expect.objectContaining({ text: "Recruitment below plan", review: "PENDING", retired: false }),
    ]);
    expect(next.outcomes).toEqual([]);
    expect(next.focus).toEqual([]);
    expect(next.previousFocus).toEqual([{ text: "Focus A" }, { text: "Focus B" }]);
    const ours = (next.scorecards as Loose[])
      .flatMap((s) => s.sections)
      .find((s: Loose) => s.id === String(section.id));
    expect(ours).toEqual({
      id: String(section.id),
      commentary: [],
      previousCommentary: [{ text: "Last quarter's note" }],
    });
    // The quarter it came from is unchanged.
    const last = await page(FROM);
    expect((last.risks as Loose[]).map((r) => [r.text, r.review])).toEqual([
      ["Recruitment below plan", null],
      ["Already retired risk", null],
    ]);
  });

  it("is audited: one event for the quarter listing what it carried, one on each carried row", async () => {
    const { activity } = await editor.ok(`{ activity(limit: 200) { action entityType entityId after } }`);
    const opened = (activity as Loose[]).find((e) => e.action === "quarter.open");
    expect(opened?.after).toMatchObject({ code: NEXT, openedFrom: FROM, status: "DRAFT" });
    const carriedId = (await page(NEXT)).deliverables[0].id;
    expect(opened?.after.carriedDeliverables).toContain(Number(carriedId));
    const { auditHistory } = await editor.ok(
      `query H($id: ID!) { auditHistory(entityType: "Deliverable", entityId: $id) { action after } }`,
      { id: carriedId },
    );
    expect(auditHistory).toEqual([
      { action: "deliverable.carry", after: expect.objectContaining({ carriedFrom: Number(open.id) }) },
    ]);
  });

  it("is refused with CONFLICT when the quarter already has a next one", async () => {
    const error = await editor.error(OPEN, { from: FROM });
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(error.extensions?.current).toMatchObject({ code: NEXT, status: "DRAFT" });
  });

  it("lets an editor change a draft's records without a reason", async () => {
    const [d] = (await page(NEXT)).deliverables as Loose[];
    const { updateDeliverable } = await editor.ok(
      `mutation U($id: ID!, $v: Int!) { updateDeliverable(id: $id, input: { progress: 55 }, expectedVersion: $v) { deliverable { progress } errors { field } } }`,
      { id: d!.id, v: d!.version },
    );
    expect(updateDeliverable).toEqual({ deliverable: { progress: 55 }, errors: [] });
  });
});

describe("reviewing carried risks and publishing", () => {
  const allRisks = async () => {
    const { priorities } = await editor.ok(
      `query R($p: String) { priorities { number risks(period: $p) { id text review version } } }`,
      { p: NEXT },
    );
    return (priorities as Loose[]).flatMap((p) => p.risks) as Loose[];
  };
  const quarterVersion = async () =>
    (
      (await editor.ok(`{ reportingPeriods(kind: QUARTER) { code version } }`)).reportingPeriods as Loose[]
    ).find((p) => p.code === NEXT)!.version;

  it("refuses to publish while risks await review, naming each of them", async () => {
    const { publishQuarter } = (await graphqlOk(
      server,
      PUBLISH,
      { p: NEXT, v: await quarterVersion() },
      admin,
    )) as Loose;
    expect(publishQuarter.quarter).toBeNull();
    const pending = await allRisks();
    expect(publishQuarter.errors).toHaveLength(pending.length);
    expect(publishQuarter.errors).toContainEqual({
      field: "risks",
      message: expect.stringContaining('"Recruitment below plan" awaits review'),
    });
  });

  it("keeps, changes (which needs new words) or closes a carried risk", async () => {
    const ours = (await allRisks()).find((r) => r.text === "Recruitment below plan")!;
    const noText = (await editor.ok(REVIEW, { id: ours.id, v: ours.version, r: "CHANGED" })).reviewRisk;
    expect(noText.errors).toEqual([{ field: "text", message: "is required" }]);
    const changed = (
      await editor.ok(REVIEW, {
        id: ours.id,
        v: ours.version,
        r: "CHANGED",
        t: "Recruitment still below plan",
      })
    ).reviewRisk;
    expect(changed.statement).toMatchObject({
      text: "Recruitment still below plan",
      review: "CHANGED",
      retired: false,
    });
    const stale = await editor.error(REVIEW, { id: ours.id, v: ours.version, r: "KEPT" });
    expect(stale.extensions?.code).toBe("CONFLICT");
    const others = (await allRisks()).filter((r) => r.review === "PENDING");
    const [toClose, ...toKeep] = others;
    const closed = (await editor.ok(REVIEW, { id: toClose!.id, v: toClose!.version, r: "CLOSED" }))
      .reviewRisk;
    expect(closed.statement).toMatchObject({ review: "CLOSED", retired: true });
    for (const r of toKeep) {
      const kept = (await editor.ok(REVIEW, { id: r.id, v: r.version, r: "KEPT" })).reviewRisk;
      expect(kept.statement.review).toBe("KEPT");
    }
  });

  it("is for admins only, refuses a stale version, then publishes the quarter", async () => {
    const version = await quarterVersion();
    expect((await editor.error(PUBLISH, { p: NEXT, v: version })).extensions?.code).toBe("FORBIDDEN");
    const stale = await server.graphql(PUBLISH, { p: NEXT, v: version + 5 }, { cookie: admin });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const { publishQuarter } = (await graphqlOk(server, PUBLISH, { p: NEXT, v: version }, admin)) as Loose;
    expect(publishQuarter).toEqual({
      quarter: { code: NEXT, status: "PUBLISHED", publishedAt: expect.any(String), version: version + 1 },
      errors: [],
    });
    const { activity } = await editor.ok(`{ activity(limit: 20) { action entityId } }`);
    expect((activity as Loose[]).map((e) => e.action)).toContain("quarter.publish");
  });

  it("shows the published quarter to anonymous readers, as the current period", async () => {
    const data = await graphqlOk<Loose>(
      server,
      `{ currentPeriod { code status } reportingPeriods(kind: QUARTER) { code } }`,
    );
    expect(data.currentPeriod).toEqual({ code: NEXT, status: "PUBLISHED" });
    expect(data.reportingPeriods.map((p: Loose) => p.code)).toContain(NEXT);
  });
});

describe("a published quarter is frozen: a correction says why", () => {
  const UPDATE = `mutation U($id: ID!, $v: Int!, $r: String) { updateDeliverable(id: $id, input: { progress: 70 }, expectedVersion: $v, reason: $r) {
    deliverable { progress version } errors { field message } } }`;

  it("refuses a change without a reason and changes nothing", async () => {
    const [d] = (await page(NEXT)).deliverables as Loose[];
    for (const r of [undefined, "   "]) {
      const { updateDeliverable } = await editor.ok(UPDATE, { id: d!.id, v: d!.version, r });
      expect(updateDeliverable).toEqual({
        deliverable: null,
        errors: [{ field: "reason", message: "This quarter is published; say why you are correcting it" }],
      });
    }
    const [after] = (await page(NEXT)).deliverables as Loose[];
    expect(after).toEqual(d);
  });

  it("applies a change with a reason, and the audit row keeps the reason", async () => {
    const [d] = (await page(NEXT)).deliverables as Loose[];
    const reason = "The board paper gave 70%, not 55%";
    const { updateDeliverable } = await editor.ok(UPDATE, { id: d!.id, v: d!.version, r: reason });
    expect(updateDeliverable).toEqual({ deliverable: { progress: 70, version: d!.version + 1 }, errors: [] });
    const { auditHistory } = await editor.ok(
      `query H($id: ID!) { auditHistory(entityType: "Deliverable", entityId: $id) { action reason changes } }`,
      { id: d!.id },
    );
    expect(auditHistory[0]).toEqual({
      action: "deliverable.update",
      reason,
      changes: expect.arrayContaining([expect.stringContaining("progress")]),
    });
    const [row] = await builderSql<{ reason: string }>(
      server,
      `SELECT reason FROM "AuditEvent" WHERE "entityType" = 'Deliverable' AND "entityId" = $1 ORDER BY id DESC LIMIT 1`,
      [d!.id],
    );
    expect(row!.reason).toBe(reason);
  });

  it("asks the same of statements, commentary and their order", async () => {
    const risk = ((await page(NEXT)).risks as Loose[])[0]!;
    const edit = await editor.ok(
      `mutation E($id: ID!, $v: Int!) { editStatement(id: $id, input: { text: "New words" }, expectedVersion: $v) { statement { id } errors { field message } } }`,
      { id: risk.id, v: risk.version },
    );
    expect(edit.editStatement.errors).toEqual([
      { field: "reason", message: "This quarter is published; say why you are correcting it" },
    ]);
    const add = await editor.ok(
      `mutation A($s: ID!, $p: String) { addCommentary(input: { sectionId: $s, text: "Late note", period: $p }) { commentary { id } errors { field message } } }`,
      { s: String(section.id), p: NEXT },
    );
    expect(add.addCommentary.errors).toEqual([
      { field: "reason", message: "This quarter is published; say why you are correcting it" },
    ]);
    const reorder = await editor.ok(
      `mutation O($n: Int!, $p: String, $ids: [ID!]!) { reorderStatements(priority: $n, kind: RISK, period: $p, ids: $ids) { errors { field } } }`,
      { n: priority.number, p: NEXT, ids: [risk.id] },
    );
    expect(reorder.reorderStatements.errors).toEqual([{ field: "reason" }]);
    expect(((await page(NEXT)).risks as Loose[])[0]).toEqual(risk);
  });
});
