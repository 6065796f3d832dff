import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltDeliverable, buildDeliverable, buildPriority, buildQuarter } from "../builders/index.ts";
import { historyOf } from "./editorClient.ts";
import { useEditorServer } from "./useEditorServer.ts";

// Deliverables of the tests' own, as the report writes one (priority 1: "Q4 2023", 40 %). Status is
// judged as at the current period's last day: the March – May 23 quarter's, 31 May 2023.
const { server, editor } = useEditorServer();
const asInReport = { due: "Q4 2023", progress: 40 };
let updated: BuiltDeliverable;
beforeAll(async () => {
  await buildQuarter(server);
  updated = await buildDeliverable(server, asInReport);
});

const UPDATE = `mutation U($id: ID!, $input: DeliverableInput!, $v: Int!) {
  updateDeliverable(id: $id, input: $input, expectedVersion: $v, reason: "Corrected in a test of the published quarter") {
    deliverable { id progress note due dueDate version status } errors { field message } } }`;
const GET = `query G($id: ID!) { deliverable(id: $id) { id progress note due dueDate version retired } }`;

describe("updateDeliverable", () => {
  it("saves progress, note and due date, bumps the version and writes an audit row", async () => {
    const before = (await editor.ok(GET, { id: updated.id })).deliverable;
    expect(before).toMatchObject({ progress: 40, due: "Q4 2023", version: 1 });
    const { updateDeliverable } = await editor.ok(UPDATE, {
      id: updated.id,
      input: { progress: 55, note: "Review board met", due: "Sept 2023" },
      v: 1,
    });
    expect(updateDeliverable.errors).toEqual([]);
    // parseDueText: "Sept 2023" names September 2023, whose last day is the 30th. Status is as at
    // the current period's last day (31 May 2023): 122 days to go → on track, whatever today is.
    expect(updateDeliverable.deliverable).toMatchObject({
      progress: 55,
      note: "Review board met",
      due: "Sept 2023",
      dueDate: "2023-09-30",
      version: 2,
      status: "ON_TRACK",
    });
    const [event] = await historyOf(server, editor.cookie, "Deliverable", updated.id);
    expect(event).toMatchObject({ action: "deliverable.update", actorEmail: "editor@harness.test" });
    expect(event!.changes).toEqual(expect.arrayContaining(["progress: 40 → 55", "due: Q4 2023 → Sept 2023"]));
    expect(event!.before?.progress).toBe(40);
    expect(event!.after?.progress).toBe(55);
  });

  it.each([
    [{ progress: 101 }, "input.progress"],
    [{ progress: -1 }, "input.progress"],
    [{ note: "x".repeat(2001) }, "input.note"],
    [{ due: "whenever we can" }, "input.due"],
    [{ due: "" }, "input.due"],
  ])("rejects %j with a field error on %s and changes nothing", async (input, field) => {
    const { id } = await buildDeliverable(server, asInReport);
    const before = (await editor.ok(GET, { id })).deliverable;
    const historyBefore = await historyOf(server, editor.cookie, "Deliverable", id);
    const { updateDeliverable } = await editor.ok(UPDATE, { id, input, v: before.version });
    expect(updateDeliverable.deliverable).toBeNull();
    expect(updateDeliverable.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect((await editor.ok(GET, { id })).deliverable).toEqual(before);
    expect(await historyOf(server, editor.cookie, "Deliverable", id)).toEqual(historyBefore);
  });

  it("reports every bad field at once", async () => {
    const { updateDeliverable } = await editor.ok(UPDATE, {
      id: (await buildDeliverable(server, asInReport)).id,
      input: { progress: 200, due: "soon" },
      v: 1,
    });
    expect(updateDeliverable.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "input.due",
      "input.progress",
    ]);
  });

  it("a stale version is a CONFLICT carrying the record as it now is", async () => {
    const error = await editor.error(UPDATE, { id: updated.id, input: { progress: 60 }, v: 1 });
    expect(error.extensions?.code).toBe("CONFLICT");
    // Status as at 31 May 2023 (the current period's end), as in the update above.
    expect(error.extensions?.current).toMatchObject({
      id: updated.id,
      progress: 55,
      version: 2,
      status: "ON_TRACK",
    });
  });

  it("an unknown deliverable is NOT_FOUND", async () => {
    expect(
      (await editor.error(UPDATE, { id: "999999", input: { progress: 1 }, v: 1 })).extensions?.code,
    ).toBe("NOT_FOUND");
  });
});

describe("addDeliverable and retireDeliverable", () => {
  const ADD = `mutation A($input: AddDeliverableInput!) { addDeliverable(input: $input, reason: "Corrected in a test of the published quarter") {
    deliverable { id action due dueDate progress note version priorityNumber retired } errors { field message } } }`;
  const RETIRE = `mutation R($id: ID!, $v: Int!) { retireDeliverable(id: $id, expectedVersion: $v, reason: "Corrected in a test of the published quarter") {
    deliverable { id retired version } errors { field } } }`;

  it("adds a deliverable to a priority, audited", async () => {
    const priority = await buildPriority(server);
    const { addDeliverable } = await editor.ok(ADD, {
      input: {
        priority: priority.number,
        action: "Publish the victims' code compliance report",
        due: "Q1 2024",
        progress: 10,
      },
    });
    expect(addDeliverable.errors).toEqual([]);
    expect(addDeliverable.deliverable).toMatchObject({
      priorityNumber: priority.number,
      dueDate: "2024-03-31",
      progress: 10,
      version: 1,
      retired: false,
    });
    const id = addDeliverable.deliverable.id;
    const listed = await editor.ok(`{ priority(number: ${priority.number}) { deliverables { id } } }`);
    expect(listed.priority.deliverables.map((d: { id: string }) => d.id)).toEqual([id]);
    const [event] = await historyOf(server, editor.cookie, "Deliverable", id);
    expect(event).toMatchObject({ action: "deliverable.add", before: null });
  });

  // Each case spoils one field of a good input for a priority the test builds.
  it.each([
    [{ priority: 999_999 }, ["input.priority"]],
    [{ action: "  " }, ["input.action"]],
    [{ due: "no idea" }, ["input.due"]],
    [{ progress: 150 }, ["input.progress"]],
  ])("rejects %j", async (spoilt, fields) => {
    const priority = await buildPriority(server);
    const input = { priority: priority.number, action: "A", due: "June 23", progress: 0, ...spoilt };
    const countBefore = (await editor.ok(`{ deliverables(includeRetired: true) { id } }`)).deliverables
      .length;
    const { addDeliverable } = await editor.ok(ADD, { input });
    expect(addDeliverable.deliverable).toBeNull();
    expect(addDeliverable.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect((await editor.ok(`{ deliverables(includeRetired: true) { id } }`)).deliverables.length).toBe(
      countBefore,
    );
  });

  it("retires a deliverable: gone from the list, kept with includeRetired, audited", async () => {
    const { id } = await buildDeliverable(server);
    const { retireDeliverable } = await editor.ok(RETIRE, { id, v: 1 });
    expect(retireDeliverable.deliverable).toMatchObject({ id, retired: true, version: 2 });
    const data = await editor.ok(
      `{ live: deliverables { id } all: deliverables(includeRetired: true) { id } }`,
    );
    expect(data.live.map((d: { id: string }) => d.id)).not.toContain(id);
    expect(data.all.map((d: { id: string }) => d.id)).toContain(id);
    expect((await historyOf(server, editor.cookie, "Deliverable", id))[0]!.changes).toEqual([
      "retired: false → true",
    ]);
    expect((await editor.error(RETIRE, { id, v: 1 })).extensions?.code).toBe("CONFLICT");
  });
});
