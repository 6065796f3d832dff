import { describe, expect, it } from "vitest";
import { buildMetric, buildScorecardSection } from "../builders/index.ts";
import { historyOf } from "../write/editorClient.ts";
import { useCatalogueServer } from "./useCatalogueServer.ts";

// An admin adds a section to a scorecard, renames it and sets which metrics it shows, in order.
const { server, as, admin } = useCatalogueServer();

const CREATE = `mutation C($sc: ID!, $t: String!) { createScorecardSection(scorecardId: $sc, title: $t) {
  section { id title position metrics { id } } errors { field message } } }`;
const RENAME = `mutation R($id: ID!, $t: String!) { renameScorecardSection(id: $id, title: $t) {
  section { id title } errors { field message } } }`;
const SET = `mutation S($id: ID!, $ids: [ID!]!) { setSectionMetrics(sectionId: $id, metricIds: $ids) {
  section { id metrics { id } } errors { field message } } }`;
const RETIRE = `mutation R($id: ID!) { retireMetric(id: $id, expectedVersion: 1) { errors { field } } }`;

const sectionHistory = (id: string | number) =>
  historyOf(server, as("ADMIN").cookie, "ScorecardSection", String(id));
const sectionMetricIds = async (id: string | number) =>
  (
    await server.db.pool.query(
      `SELECT "metricId" FROM "SectionMetric" WHERE "sectionId" = $1 ORDER BY position`,
      [Number(id)],
    )
  ).rows.map((r) => r.metricId as string);

describe("createScorecardSection", () => {
  it("adds a section after the scorecard's last, audited", async () => {
    const existing = await buildScorecardSection(server);
    const { createScorecardSection } = await admin.ok(CREATE, {
      sc: String(existing.scorecardId),
      t: "CALL HANDLING",
    });
    expect(createScorecardSection.errors).toEqual([]);
    expect(createScorecardSection.section).toMatchObject({ title: "CALL HANDLING", metrics: [] });
    const [event] = await sectionHistory(createScorecardSection.section.id);
    expect(event).toMatchObject({ action: "section.create", actorEmail: "admin@harness.test" });
  });

  it.each([
    ["title", "  "],
    ["title", "taken"],
    ["scorecardId", "no scorecard"],
  ])("refuses a bad %s (%s), naming it and adding nothing", async (field, what) => {
    const existing = await buildScorecardSection(server, { title: "TAKEN" });
    const scorecardId = what === "no scorecard" ? "999999" : String(existing.scorecardId);
    const { createScorecardSection } = await admin.ok(CREATE, {
      sc: scorecardId,
      t: what === "  " ? "  " : "Taken",
    });
    expect(createScorecardSection.section).toBeNull();
    expect(createScorecardSection.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    const { rows } = await server.db.pool.query(
      `SELECT count(*)::int AS n FROM "ScorecardSection" WHERE "scorecardId" = $1`,
      [existing.scorecardId],
    );
    expect(rows[0].n).toBe(1);
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const existing = await buildScorecardSection(server);
    const error = await as(role).error(CREATE, { sc: String(existing.scorecardId), t: "Not mine" });
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("renameScorecardSection", () => {
  it("renames the section, audited with the old and new title", async () => {
    const section = await buildScorecardSection(server, { title: "OLD TITLE" });
    const { renameScorecardSection } = await admin.ok(RENAME, { id: String(section.id), t: "NEW TITLE" });
    expect(renameScorecardSection).toEqual({
      section: { id: String(section.id), title: "NEW TITLE" },
      errors: [],
    });
    const [event] = await sectionHistory(section.id);
    expect(event!.changes).toEqual(["title: OLD TITLE → NEW TITLE"]);
  });

  it("refuses the title of a sibling section, changing nothing", async () => {
    const first = await buildScorecardSection(server, { title: "FIRST" });
    const second = await buildScorecardSection(server, { after: first, title: "SECOND" });
    const { renameScorecardSection } = await admin.ok(RENAME, { id: String(second.id), t: "first" });
    expect(renameScorecardSection.errors.map((e: { field: string }) => e.field)).toEqual(["title"]);
    expect(await sectionHistory(second.id)).toEqual([]);
  });

  it("is NOT_FOUND for a section that does not exist", async () => {
    expect((await admin.error(RENAME, { id: "999999", t: "Nowhere" })).extensions?.code).toBe("NOT_FOUND");
  });

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const section = await buildScorecardSection(server);
    expect((await as(role).error(RENAME, { id: String(section.id), t: "Mine now" })).extensions?.code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("setSectionMetrics", () => {
  it("shows exactly the metrics given, in the order given, audited", async () => {
    const section = await buildScorecardSection(server);
    const a = await buildMetric(server, { sectionId: section.id });
    const b = await buildMetric(server);
    const c = await buildMetric(server);
    const { setSectionMetrics } = await admin.ok(SET, { id: String(section.id), ids: [c.id, a.id, b.id] });
    expect(setSectionMetrics.errors).toEqual([]);
    expect(setSectionMetrics.section.metrics).toEqual([{ id: c.id }, { id: a.id }, { id: b.id }]);
    // Moving one up is the same write with the order changed.
    await admin.ok(SET, { id: String(section.id), ids: [a.id, c.id, b.id] });
    expect(await sectionMetricIds(section.id)).toEqual([a.id, c.id, b.id]);
    const [event] = await sectionHistory(section.id);
    expect(event).toMatchObject({ action: "section.setMetrics", before: { metricIds: [c.id, a.id, b.id] } });
    const { metricCatalogue } = await admin.ok(
      `query Q($s: String) { metricCatalogue(search: $s) { sections { sectionId position } } }`,
      { s: c.id },
    );
    expect(metricCatalogue[0].sections).toEqual([{ sectionId: String(section.id), position: 2 }]);
  });

  it.each(["unknown", "repeated", "retired"])(
    "refuses a list with a %s metric, changing nothing",
    async (what) => {
      const section = await buildScorecardSection(server);
      const kept = await buildMetric(server, { sectionId: section.id });
      const other = await buildMetric(server);
      if (what === "retired") await admin.ok(RETIRE, { id: other.id });
      const ids =
        what === "unknown"
          ? [kept.id, "no-such-metric"]
          : what === "repeated"
            ? [kept.id, kept.id]
            : [other.id];
      const { setSectionMetrics } = await admin.ok(SET, { id: String(section.id), ids });
      expect(setSectionMetrics.section).toBeNull();
      expect(setSectionMetrics.errors.map((e: { field: string }) => e.field)).toEqual(["metricIds"]);
      expect(await sectionMetricIds(section.id)).toEqual([kept.id]);
      expect(await sectionHistory(section.id)).toEqual([]);
    },
  );

  it.each(["EDITOR", "VIEWER"] as const)("is FORBIDDEN to a %s", async (role) => {
    const section = await buildScorecardSection(server);
    const kept = await buildMetric(server, { sectionId: section.id });
    const error = await as(role).error(SET, { id: String(section.id), ids: [] });
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(await sectionMetricIds(section.id)).toEqual([kept.id]);
  });
});
