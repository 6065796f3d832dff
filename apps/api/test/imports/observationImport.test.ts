import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { METRICS } from "./buildImportWorld.ts";
import { tableFingerprint } from "./tableFingerprint.ts";
import { uploadFile } from "./uploadFile.ts";
import { useImportServer } from "./useImportServer.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const { server, world, editor } = useImportServer();
beforeAll(async () => {
  // Stored before the load: Jan-23 as the file has it (UNCHANGED), Feb-23 with another value (CHANGE).
  const stored = { metricId: METRICS.abandonment.id, areaId: world.areaIds.force, sourceRelease: "test" };
  await server.db.prisma.observation.createMany({
    data: [
      { ...stored, periodStart: new Date("2023-01-01"), periodEnd: new Date("2023-01-01"), value: 7.9 },
      { ...stored, periodStart: new Date("2023-02-01"), periodEnd: new Date("2023-02-01"), value: 8.0 },
    ],
  });
});

describe("observation import: a good CSV", () => {
  it("dry run reports each row's action and writes nothing", async () => {
    const before = await tableFingerprint(server.db, "Observation");
    const { status, body } = await uploadFile(server.url, "observations", fixture("good-observations.csv"), {
      cookie: editor.cookie,
      dryRun: true,
      fileName: "good-observations.csv",
    });
    expect(status).toBe(200);
    // Expected from fixtures/good-observations.csv against the two rows stored in beforeAll.
    expect(body).toMatchObject({ kind: "OBSERVATIONS", fileName: "good-observations.csv", rowCount: 7 });
    expect(body).toMatchObject({ added: 5, changed: 1, unchanged: 1, rejected: 0, committed: false });
    expect(body.rows.map((row) => [row.line, row.action, row.value, row.previousValue])).toEqual([
      [2, "UNCHANGED", 7.9, 7.9],
      [3, "CHANGE", 8.1, 8],
      [4, "ADD", 7.5, null],
      [5, "ADD", 1435, null],
      [6, "ADD", 1017, null],
      [7, "ADD", 41, null],
      [8, "ADD", 48, null],
    ]);
    expect(body.rows[4]).toMatchObject({
      metricId: METRICS.intelligence.id,
      area: "swindon",
      periodEnd: "2023-03",
    });
    expect(await tableFingerprint(server.db, "Observation")).toEqual(before);
  });

  it("commit stores every row in one batch with one audit event", async () => {
    const { status, body } = await uploadFile(server.url, "observations", fixture("good-observations.csv"), {
      cookie: editor.cookie,
      dryRun: false,
      fileName: "good-observations.csv",
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ added: 5, changed: 1, unchanged: 1, rejected: 0, committed: true });
    const stored = await server.db.prisma.observation.findMany({
      where: { metricId: { startsWith: "imp-" } },
      orderBy: [{ metricId: "asc" }, { areaId: "asc" }, { periodEnd: "asc" }],
      select: {
        metricId: true,
        areaId: true,
        periodEnd: true,
        value: true,
        lower: true,
        upper: true,
        note: true,
        version: true,
        sourceRelease: true,
      },
    });
    const short = stored.map((o) => [
      o.metricId,
      o.areaId,
      o.periodEnd.toISOString().slice(0, 7),
      o.value,
      o.version,
    ]);
    expect(short).toEqual([
      [METRICS.abandonment.id, world.areaIds.force, "2023-01", 7.9, 1],
      [METRICS.abandonment.id, world.areaIds.force, "2023-02", 8.1, 2],
      [METRICS.abandonment.id, world.areaIds.force, "2023-03", 7.5, 1],
      [METRICS.answerTime.id, world.areaIds.force, "2023-03", 48, 1],
      [METRICS.intelligence.id, world.areaIds.county, "2023-03", 1435, 1],
      [METRICS.intelligence.id, world.areaIds.swindon, "2023-03", 1017, 1],
      [METRICS.thrive.id, world.areaIds.force, "2023-03", 41, 1],
    ]);
    expect(stored.find((o) => o.metricId === METRICS.thrive.id)).toMatchObject({ lower: 36, upper: 46 });
    expect(stored[2]!.note).toBe("101 abandonment rate, Mar-23");
    expect(stored[0]!.sourceRelease).toBe("test"); // the UNCHANGED row was not touched
    expect(stored[1]!.sourceRelease).toBe(`Import batch ${body.batchId}: good-observations.csv`);
    const batch = await server.db.prisma.importBatch.findUniqueOrThrow({ where: { id: body.batchId! } });
    expect(batch).toMatchObject({
      kind: "OBSERVATIONS",
      rowCount: 7,
      added: 5,
      changed: 1,
      unchanged: 1,
      rejected: 0,
      sha256: body.sha256,
    });
    const audit = await server.db.prisma.auditEvent.findMany({
      where: { entityType: "ImportBatch", entityId: String(body.batchId) },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "observation.import", actorEmail: "editor@harness.test" });
    expect(audit[0]!.after).toMatchObject({ added: 5, changed: 1, sha256: body.sha256 });
  });

  it("loading the same file again changes nothing but records the attempt", async () => {
    const before = await tableFingerprint(server.db, "Observation");
    const { status, body } = await uploadFile(server.url, "observations", fixture("good-observations.csv"), {
      cookie: editor.cookie,
      dryRun: false,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ added: 0, changed: 0, unchanged: 7, rejected: 0, committed: true });
    expect(await tableFingerprint(server.db, "Observation")).toEqual(before);
  });
});

describe("observation import: a file with bad rows", () => {
  const asOf = new Date();
  const thisMonth = `${asOf.getUTCFullYear()}-${String(asOf.getUTCMonth() + 1).padStart(2, "0")}`;

  it("dry run names each reject with its line and reason, rejects first", async () => {
    const { status, body } = await uploadFile(server.url, "observations", fixture("bad-observations.csv"), {
      cookie: editor.cookie,
      dryRun: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ rowCount: 10, added: 1, changed: 0, unchanged: 0, rejected: 9 });
    // One line per row of fixtures/bad-observations.csv (header = line 1).
    expect(body.rows.map((row) => [row.line, row.action, row.reasons])).toEqual([
      [3, "REJECT", ['unknown metric "imp-no-such-metric"']],
      [4, "REJECT", [`period_end "2031-01" is out of range (2000-01 to ${thisMonth})`]],
      [5, "REJECT", ['non-numeric value "abc"']],
      [6, "REJECT", ["duplicate of line 2"]],
      [7, "REJECT", ['unknown area "atlantis"']],
      [8, "REJECT", ["value 130 is outside the unit's range (percent 0–100)"]],
      [9, "REJECT", ["lower 46 > upper 36"]],
      [
        10,
        "REJECT",
        ['period_end "23-04" is not a month written YYYY-MM or Mon-YY (e.g. 2023-04 or Apr-23)'],
      ],
      [11, "REJECT", ["value 12.5 is outside the unit's range (counts are whole numbers of 0 or more)"]],
      [2, "ADD", []],
    ]);
  });

  it("a commit is refused with 422 and leaves the database exactly as it was", async () => {
    const tables = ["Observation", "ImportBatch", "AuditEvent"] as const;
    const before = await Promise.all(tables.map((table) => tableFingerprint(server.db, table)));
    const { status, body } = await uploadFile(server.url, "observations", fixture("bad-observations.csv"), {
      cookie: editor.cookie,
      dryRun: false,
    });
    expect(status).toBe(422);
    expect(body.error?.code).toBe("IMPORT_REJECTED");
    expect(body).toMatchObject({ committed: false, rejected: 9 });
    expect(await Promise.all(tables.map((table) => tableFingerprint(server.db, table)))).toEqual(before);
  });
});

describe("observation import: who may load and what is accepted", () => {
  const good = () => fixture("good-observations.csv");

  it("refuses anonymous callers with 401 and viewers with 403", async () => {
    const anonymous = await uploadFile(server.url, "observations", good(), { dryRun: true });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe("UNAUTHENTICATED");
    const viewer = await uploadFile(server.url, "observations", good(), {
      dryRun: true,
      cookie: await server.signInAs("VIEWER"),
    });
    expect(viewer.status).toBe(403);
    expect(viewer.body.error?.code).toBe("FORBIDDEN");
  });

  it("lets an admin load, as admins may do all an editor may", async () => {
    const admin = await uploadFile(server.url, "observations", good(), {
      dryRun: true,
      cookie: await server.signInAs("ADMIN"),
    });
    expect(admin.status).toBe(200);
  });

  it("refuses a type an HTML form could send (415) and a file over the size limit (413)", async () => {
    const plain = await uploadFile(server.url, "observations", good(), {
      dryRun: true,
      cookie: editor.cookie,
      type: "text/plain",
    });
    expect(plain.status).toBe(415);
    const huge = Buffer.alloc(20_000_001, 0x41);
    const tooLarge = await uploadFile(server.url, "observations", huge, {
      dryRun: true,
      cookie: editor.cookie,
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error?.message).toBe(
      "The file is larger than the 20 MB limit. Split it into smaller files.",
    );
    // Who may load is decided before the body is read: an anonymous oversized upload is 401, not 413.
    const anonymousHuge = await uploadFile(server.url, "observations", huge, { dryRun: true });
    expect(anonymousHuge.status).toBe(401);
  });

  it("explains a file without the columns it needs", async () => {
    const result = await uploadFile(server.url, "observations", "metric,period\nx,2023-01\n", {
      dryRun: true,
      cookie: editor.cookie,
    });
    expect(result.status).toBe(400);
    expect(result.body.error?.message).toBe("The file's header lacks the columns period_end, value");
  });
});
