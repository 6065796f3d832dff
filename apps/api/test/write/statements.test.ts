import { beforeAll, describe, expect, it } from "vitest";
import {
  type BuiltPriority,
  type BuiltQuarter,
  type BuiltSection,
  buildPriority,
  buildQuarter,
  buildScorecardSection,
  buildStatement,
} from "../builders/index.ts";
import { historyOf } from "./editorClient.ts";
import { useEditorServer } from "./useEditorServer.ts";

// A priority of the tests' own with three risks, and a section with the report's commentary on it,
// in the current quarter (March – May 23), which statements and commentary are written for.
const { server, editor } = useEditorServer();
let quarter: BuiltQuarter;
let priority: BuiltPriority;
let section: BuiltSection;
beforeAll(async () => {
  quarter = await buildQuarter(server);
  priority = await buildPriority(server);
  for (const text of ["Recruitment below plan", "Custody suite refurbishment", "Fleet availability"]) {
    await buildStatement(server, { priority, kind: "RISK", text, quarter });
  }
  section = await buildScorecardSection(server, {
    quarter,
    reportCommentary: ["101 abandonment rate is 7.5% for Mar-23", "Average time to answer is 48 seconds"],
  });
});

const FIELDS = "id kind text position retired version priorityNumber";
const RISKS = `query Risks($p: Int!) { priority(number: $p) { risks(includeRetired: true) { ${FIELDS} } } }`;
const risks = async () =>
  (await editor.ok(RISKS, { p: priority.number })).priority.risks as {
    id: string;
    text: string;
    position: number;
    version: number;
    retired: boolean;
  }[];
const ADD = `mutation A($input: AddStatementInput!) { addStatement(input: $input, reason: "Corrected in a test of the published quarter") { statement { ${FIELDS} period { code } } errors { field message } } }`;
const EDIT = `mutation E($id: ID!, $text: String!, $v: Int!) { editStatement(id: $id, input: { text: $text }, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { statement { ${FIELDS} } errors { field } } }`;
const RETIRE = `mutation R($id: ID!, $v: Int!) { retireStatement(id: $id, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { statement { ${FIELDS} } errors { field } } }`;
const RESTORE = `mutation R($id: ID!, $v: Int!) { restoreStatement(id: $id, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { statement { ${FIELDS} } errors { field } } }`;
const REORDER = `mutation O($p: Int!, $ids: [ID!]!) { reorderStatements(priority: $p, kind: RISK, ids: $ids, reason: "Corrected in a test of the published quarter") { statements { id position } errors { field message } } }`;

describe("statements", () => {
  it("adds a risk at the top and moves the others down", async () => {
    const before = await risks();
    const { addStatement } = await editor.ok(ADD, {
      input: { priority: priority.number, kind: "RISK", text: "Rural crime team vacancies", position: 0 },
    });
    expect(addStatement.errors).toEqual([]);
    expect(addStatement.statement).toMatchObject({
      kind: "RISK",
      position: 0,
      version: 1,
      priorityNumber: priority.number,
      period: { code: quarter.code },
    });
    const after = await risks();
    expect(after.map((s) => s.id)).toEqual([addStatement.statement.id, ...before.map((s) => s.id)]);
    expect(after.map((s) => s.position)).toEqual([...after.keys()]);
    expect((await historyOf(server, editor.cookie, "Statement", addStatement.statement.id))[0]!.action).toBe(
      "statement.add",
    );
  });

  // Each case spoils one field of a good risk for the tests' priority.
  it.each([
    [{ priority: 999_999 }, ["input.priority"]],
    [{ text: "   " }, ["input.text"]],
    [{ text: "x".repeat(2001) }, ["input.text"]],
    [{ period: "2001-Q-NONE" }, ["input.period"]],
    [{ position: -1 }, ["input.position"]],
  ])("rejects %j", async (spoilt, fields) => {
    const before = await risks();
    const input = { priority: priority.number, kind: "RISK", text: "x", ...spoilt };
    const { addStatement } = await editor.ok(ADD, { input });
    expect(addStatement.statement).toBeNull();
    expect(addStatement.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(await risks()).toEqual(before);
  });

  it("edits, retires and restores with versions, each audited", async () => {
    const [first] = await risks();
    const edited = (
      await editor.ok(EDIT, {
        id: first!.id,
        text: "Rural crime team vacancies (5 posts)",
        v: first!.version,
      })
    ).editStatement;
    expect(edited.statement).toMatchObject({
      text: "Rural crime team vacancies (5 posts)",
      version: first!.version + 1,
    });
    const retired = (await editor.ok(RETIRE, { id: first!.id, v: edited.statement.version })).retireStatement;
    expect(retired.statement.retired).toBe(true);
    const live = (await editor.ok(`{ priority(number: ${priority.number}) { risks { id } } }`)).priority
      .risks;
    expect(live.map((s: { id: string }) => s.id)).not.toContain(first!.id);
    const restored = (await editor.ok(RESTORE, { id: first!.id, v: retired.statement.version }))
      .restoreStatement;
    expect(restored.statement.retired).toBe(false);
    const actions = (await historyOf(server, editor.cookie, "Statement", first!.id)).map((e) => e.action);
    expect(actions).toEqual(["statement.restore", "statement.retire", "statement.edit", "statement.add"]);
  });

  it("rejects a blank edit and a stale version", async () => {
    const [first] = await risks();
    const { editStatement } = await editor.ok(EDIT, { id: first!.id, text: " ", v: first!.version });
    expect(editStatement.errors.map((e: { field: string }) => e.field)).toEqual(["input.text"]);
    const error = await editor.error(EDIT, { id: first!.id, text: "late edit", v: first!.version - 1 });
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(error.extensions?.current).toMatchObject({
      id: first!.id,
      text: first!.text,
      version: first!.version,
    });
    expect((await editor.error(RETIRE, { id: "999999", v: 1 })).extensions?.code).toBe("NOT_FOUND");
  });

  it("reorders, and refuses an order that is not exactly the list", async () => {
    const before = (await risks()).map((s) => s.id);
    const reversed = [...before].reverse();
    const { reorderStatements } = await editor.ok(REORDER, { p: priority.number, ids: reversed });
    expect(reorderStatements.errors).toEqual([]);
    expect(reorderStatements.statements.map((s: { id: string }) => s.id)).toEqual(reversed);
    for (const ids of [reversed.slice(1), [...reversed, reversed[0]], [...reversed.slice(1), "999999"]]) {
      const result = (await editor.ok(REORDER, { p: priority.number, ids })).reorderStatements;
      expect(result.errors.map((e: { field: string }) => e.field)).toEqual(["ids"]);
    }
    expect((await risks()).map((s) => s.id)).toEqual(reversed);
  });
});

describe("section commentary", () => {
  const COMMENTARY = `query C($p: Int!) { priority(number: $p) { scorecards { sections { id commentary(includeRetired: true) { id text position origin retired version } } } } }`;
  const sectionNow = async () =>
    (await editor.ok(COMMENTARY, { p: section.priority.number })).priority.scorecards[0].sections[0] as {
      id: string;
      commentary: { id: string; text: string; origin: string; version: number; retired: boolean }[];
    };
  const ADD_C = `mutation A($input: AddCommentaryInput!) { addCommentary(input: $input, reason: "Corrected in a test of the published quarter") { commentary { id text position origin version } errors { field } } }`;
  const EDIT_C = `mutation E($id: ID!, $text: String!, $v: Int!) { editCommentary(id: $id, text: $text, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { commentary { id text origin version } errors { field } } }`;
  const RETIRE_C = `mutation R($id: ID!, $v: Int!) { retireCommentary(id: $id, expectedVersion: $v, reason: "Corrected in a test of the published quarter") { commentary { id retired version } errors { field } } }`;
  const REORDER_C = `mutation O($s: ID!, $ids: [ID!]!) { reorderCommentary(sectionId: $s, ids: $ids, reason: "Corrected in a test of the published quarter") { commentary { id position } errors { field } } }`;

  it("adds, edits, retires and reorders commentary, each audited", async () => {
    const { id: sectionId, commentary } = await sectionNow();
    const added = (
      await editor.ok(ADD_C, { input: { sectionId, text: "Abandonment back within limits in April" } })
    ).addCommentary;
    expect(added.commentary).toMatchObject({ position: commentary.length, origin: "EDITOR", version: 1 });
    const first = commentary[0]!;
    const edited = (
      await editor.ok(EDIT_C, {
        id: first.id,
        text: "101 abandonment rate is 7.5% for Mar-23 (above the upper limit)",
        v: first.version,
      })
    ).editCommentary;
    expect(edited.commentary).toMatchObject({ origin: "EDITOR", version: first.version + 1 });
    expect(
      (await editor.ok(RETIRE_C, { id: added.commentary.id, v: 1 })).retireCommentary.commentary.retired,
    ).toBe(true);
    const ids = (await sectionNow()).commentary.map((c) => c.id).reverse();
    const reordered = (await editor.ok(REORDER_C, { s: sectionId, ids })).reorderCommentary;
    expect(reordered.commentary.map((c: { id: string }) => c.id)).toEqual(ids);
    const history = await historyOf(server, editor.cookie, "SectionCommentary", first.id);
    expect(history[0]!.changes).toContain("origin: REPORT → EDITOR");
  });

  it("rejects bad commentary input and stale versions", async () => {
    const { id: sectionId, commentary } = await sectionNow();
    expect(
      (await editor.ok(ADD_C, { input: { sectionId: "999999", text: "x" } })).addCommentary.errors,
    ).toEqual([{ field: "input.sectionId" }]);
    expect((await editor.ok(ADD_C, { input: { sectionId, text: "" } })).addCommentary.errors).toEqual([
      { field: "input.text" },
    ]);
    const first = commentary[0]!;
    expect(
      (await editor.ok(EDIT_C, { id: first.id, text: "", v: first.version })).editCommentary.errors,
    ).toEqual([{ field: "text" }]);
    expect((await editor.error(EDIT_C, { id: first.id, text: "x", v: 0 })).extensions?.code).toBe("CONFLICT");
    expect((await editor.ok(REORDER_C, { s: sectionId, ids: [first.id] })).reorderCommentary.errors).toEqual([
      { field: "ids" },
    ]);
    expect((await sectionNow()).commentary).toEqual(commentary);
  });
});
