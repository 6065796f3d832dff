import { describe, expect, it } from "vitest";
import { buildDeliverable } from "../builders/index.ts";
import { historyOf } from "./editorClient.ts";
import { useEditorServer } from "./useEditorServer.ts";

// Deliverables of the tests' own, added to the current period, the March – May 23 quarter: each is
// taken to start on 1 Mar 2023, and status and slip risk are judged as at 31 May 2023. Hand-worked:
// 1 Mar to 30 Jun 2023 is 121 days, to 31 Dec 2023 305; 31 May is 91 days in, 31 Oct 244.
const { server, editor } = useEditorServer();

const FIELDS = `id due dueDate dueDateSource startDate progress version status
  slipRisk { status expectedProgress shortfall rule }`;
const GET = `query G($id: ID!, $period: String) { deliverable(id: $id) {
  id due dueDate dueDateSource startDate progress version status(period: $period)
  slipRisk(period: $period) { status expectedProgress shortfall rule } } }`;
const CORRECT = `mutation C($id: ID!, $dueDate: String!, $v: Int!) {
  correctDeliverableDueDate(id: $id, dueDate: $dueDate, expectedVersion: $v) {
    deliverable { ${FIELDS} } errors { field message } } }`;
const UPDATE = `mutation U($id: ID!, $input: DeliverableInput!, $v: Int!) {
  updateDeliverable(id: $id, input: $input, expectedVersion: $v) { deliverable { ${FIELDS} } errors { field } } }`;

describe("Deliverable.slipRisk", () => {
  it.each([
    // [case, due, progress, period, status, slip status, expected, shortfall]
    // 91 / 121 = 75.2 % → 75: 10 % done trails by 65; 60 % by 15, inside the tolerance.
    ["June 23 at 10 % as at 31 May 2023", "June 23", 10, null, "AT_RISK", "LIKELY_LATE", 75, 65],
    ["June 23 at 60 % as at 31 May 2023", "June 23", 60, null, "AT_RISK", "ON_TRACK", 75, 15],
    // The report's "Q4 2023" at 40 %: 91 / 305 = 29.8 % → 30, so on track as the report was written;
    // read as at 31 Oct 2023, 244 / 305 = 80 %: likely to be late before it is overdue.
    ["Q4 2023 at 40 % as at 31 May 2023", "Q4 2023", 40, null, "ON_TRACK", "ON_TRACK", 30, 0],
    ["Q4 2023 at 40 % as at 31 Oct 2023", "Q4 2023", 40, "2023-10", "AT_RISK", "LIKELY_LATE", 80, 40],
    ["Q4 2023 at 40 % as at 31 Jan 2024", "Q4 2023", 40, "2024-01", "OVERDUE", "OVERDUE", 100, 60],
    ["complete", "June 23", 100, null, "COMPLETE", "COMPLETE", null, null],
  ] as const)("%s", async (_case, due, progress, period, status, slip, expectedProgress, shortfall) => {
    const { id } = await buildDeliverable(server, { due, progress });
    const { deliverable } = await editor.ok(GET, { id, period });
    expect(deliverable).toMatchObject({ startDate: "2023-03-01", dueDateSource: "PARSED", status });
    expect(deliverable.slipRisk).toMatchObject({ status: slip, expectedProgress, shortfall });
  });

  it("states its rule in words, as anyone reading the report sees it", async () => {
    const { id } = await buildDeliverable(server, { due: "June 23", progress: 10 });
    const { deliverable } = await editor.ok(GET, { id });
    expect(deliverable.slipRisk.rule).toBe(
      "Likely to be late: 10% done with 75% of the time from 1 Mar 2023 to 30 Jun 2023 gone; " +
        "flagged when progress trails the share of time gone by more than 25 points, once a third of the time has gone.",
    );
    const anonymous = await server.graphql(GET, { id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toEqual({ deliverable });
  });
});

describe("correctDeliverableDueDate", () => {
  it("replaces the date read from the due text, marks it the editor's, keeps the text, audited", async () => {
    // "Contract start April 2023" reads as 30 April 2023; the work it names runs to March 2024.
    const { id } = await buildDeliverable(server, { due: "Contract start April 2023", progress: 50 });
    const before = (await editor.ok(GET, { id })).deliverable;
    expect(before).toMatchObject({ dueDate: "2023-04-30", dueDateSource: "PARSED", status: "OVERDUE" });
    const { correctDeliverableDueDate: result } = await editor.ok(CORRECT, {
      id,
      dueDate: "2024-03-31",
      v: 1,
    });
    expect(result.errors).toEqual([]);
    // 1 Mar 2023 to 31 Mar 2024 is 396 days; 91 / 396 = 23 %: 50 % done is ahead.
    expect(result.deliverable).toMatchObject({
      due: "Contract start April 2023",
      dueDate: "2024-03-31",
      dueDateSource: "EDITOR",
      version: 2,
      status: "ON_TRACK",
      slipRisk: { status: "ON_TRACK", expectedProgress: 23, shortfall: 0 },
    });
    const [event] = await historyOf(server, editor.cookie, "Deliverable", id);
    expect(event).toMatchObject({ action: "deliverable.correct", actorEmail: "editor@harness.test" });
    expect(event!.before).toMatchObject({ dueDate: "2023-04-30", dueDateSource: "PARSED", version: 1 });
    expect(event!.after).toMatchObject({ dueDate: "2024-03-31", dueDateSource: "EDITOR", version: 2 });
  });

  it.each([
    ["not a day", "2024-02-30", "must be a real date written YYYY-MM-DD, e.g. 2023-12-31"],
    ["the report's wording", "Q1 2024", "must be a real date written YYYY-MM-DD, e.g. 2023-12-31"],
    ["before the start", "2023-02-28", "must be after the start date, 1 Mar 2023"],
  ])("refuses %s with a field error on dueDate and changes nothing", async (_case, dueDate, message) => {
    const { id } = await buildDeliverable(server);
    const before = (await editor.ok(GET, { id })).deliverable;
    const historyBefore = await historyOf(server, editor.cookie, "Deliverable", id);
    const { correctDeliverableDueDate: result } = await editor.ok(CORRECT, { id, dueDate, v: 1 });
    expect(result.deliverable).toBeNull();
    expect(result.errors).toEqual([{ field: "dueDate", message }]);
    expect((await editor.ok(GET, { id })).deliverable).toEqual(before);
    expect(await historyOf(server, editor.cookie, "Deliverable", id)).toEqual(historyBefore);
  });

  it("a stale version is a CONFLICT carrying the record as it now is, with its slip risk", async () => {
    const { id } = await buildDeliverable(server, { due: "Q4 2023", progress: 40 });
    await editor.ok(CORRECT, { id, dueDate: "2024-06-30", v: 1 });
    const error = await editor.error(CORRECT, { id, dueDate: "2024-03-31", v: 1 });
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(error.extensions?.current).toMatchObject({
      id,
      dueDate: "2024-06-30",
      dueDateSource: "EDITOR",
      version: 2,
      slipRisk: { status: "ON_TRACK" },
    });
    expect((await editor.ok(GET, { id })).deliverable.dueDate).toBe("2024-06-30");
  });

  it("new due text is read again: the correction gives way to the new text's date", async () => {
    const { id } = await buildDeliverable(server, { due: "Q4 2023" });
    await editor.ok(CORRECT, { id, dueDate: "2024-01-31", v: 1 });
    const { updateDeliverable } = await editor.ok(UPDATE, { id, input: { due: "June 24" }, v: 2 });
    expect(updateDeliverable.deliverable).toMatchObject({ dueDate: "2024-06-30", dueDateSource: "PARSED" });
    // Progress alone leaves an editor's date as it is.
    await editor.ok(CORRECT, { id, dueDate: "2024-09-30", v: 3 });
    const { updateDeliverable: again } = await editor.ok(UPDATE, { id, input: { progress: 20 }, v: 4 });
    expect(again.deliverable).toMatchObject({ dueDate: "2024-09-30", dueDateSource: "EDITOR" });
  });

  it("an unknown deliverable is NOT_FOUND; an anonymous caller is refused", async () => {
    const unknown = await editor.error(CORRECT, { id: "999999", dueDate: "2024-03-31", v: 1 });
    expect(unknown.extensions?.code).toBe("NOT_FOUND");
    const { id } = await buildDeliverable(server);
    const anonymous = await server.graphql(CORRECT, { id, dueDate: "2024-03-31", v: 1 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await editor.ok(GET, { id })).deliverable.dueDateSource).toBe("PARSED");
  });
});
