import { beforeAll, describe, expect, it } from "vitest";
import {
  type BuiltDeliverable,
  type BuiltPriority,
  type BuiltQuarter,
  type BuiltSection,
  buildDeliverable,
  buildMetric,
  buildPriority,
  buildQuarter,
  buildScorecardSection,
  buildStatement,
} from "../builders/index.ts";
import { useTestServer } from "../harness/index.ts";

// A draft quarter of the tests' own, after the report's published one, holding a deliverable, a risk,
// commentary and a metric to ask about: anonymous readers and viewers must not learn it exists.
const server = useTestServer();
const MISSING = "2099-Q-JAN-MAR";
let draft: BuiltQuarter;
let priority: BuiltPriority;
let section: BuiltSection;
let deliverable: BuiltDeliverable;
let metricId: string;
beforeAll(async () => {
  draft = await buildQuarter(server, {
    code: "2031-Q-JUN-AUG",
    label: "June – Aug 31",
    start: "2031-06",
    end: "2031-08",
    dataMonth: "2031-06",
  });
  priority = await buildPriority(server);
  deliverable = await buildDeliverable(server, {
    priority,
    quarter: draft,
    action: "Draft-only deliverable",
  });
  await buildStatement(server, { priority, quarter: draft, kind: "RISK", text: "Draft-only risk" });
  section = await buildScorecardSection(server, {
    priority,
    quarter: draft,
    reportCommentary: ["Draft note"],
  });
  metricId = (await buildMetric(server, { sectionId: section.id })).id;
});

// Every read that takes a period, asked for one quarter by code.
const READS: { name: string; document: string }[] = [
  {
    name: "Priority.outcomes",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { outcomes(period: $p) { id } } }`,
  },
  {
    name: "Priority.focus",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { focus(period: $p) { id } } }`,
  },
  {
    name: "Priority.risks",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { risks(period: $p) { id } } }`,
  },
  {
    name: "Priority.previousFocus",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { previousFocus(period: $p) { id } } }`,
  },
  {
    name: "Priority.deliverables",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { deliverables(period: $p) { id } } }`,
  },
  {
    name: "Priority.summary",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { summary(period: $p) { openRiskCount } } }`,
  },
  {
    name: "Query.deliverables",
    document: `query Q($n: Int, $p: String) { deliverables(priority: $n, period: $p) { id } }`,
  },
  // Of the current quarter's deliverables (the report's), which are there to ask about.
  { name: "Deliverable.status", document: `query Q($p: String) { deliverables { status(period: $p) } }` },
  { name: "deliverableStatusDate", document: `query Q($p: String) { deliverableStatusDate(period: $p) }` },
  { name: "exceptions", document: `query Q($p: String) { exceptions(period: $p) { metric { id } } }` },
  {
    name: "ScorecardSection.commentary",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { scorecards { sections { commentary(period: $p) { id } } } } }`,
  },
  {
    name: "ScorecardSection.previousCommentary",
    document: `query Q($n: Int!, $p: String) { priority(number: $n) { scorecards { sections { previousCommentary(period: $p) { id } } } } }`,
  },
  {
    name: "Metric.narrative",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { narrative(period: $p) { key } } }`,
  },
  {
    name: "Metric.latest",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { latest(period: $p) { value } } }`,
  },
  {
    name: "Metric.spc",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { spc(period: $p) { mean } } }`,
  },
  {
    name: "Metric.change",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { change(period: $p) { basis } } }`,
  },
  {
    name: "Metric.targetStanding",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { targetStanding(period: $p) { isMet } } }`,
  },
  {
    name: "Metric.comparisons",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { comparisons(period: $p) { __typename } } }`,
  },
  {
    name: "Metric.benchmarkPosition",
    document: `query Q($m: ID!, $p: String) { metric(id: $m) { benchmarkPosition(period: $p) { __typename } } }`,
  },
];

async function ask(document: string, period: string, cookie: string | null) {
  const variables = { n: priority.number, m: metricId, p: period };
  return server.graphql(document, variables, { cookie });
}

/** What a caller learns from an answer, with the period's code taken out so two codes compare. */
function shapeOf(result: Awaited<ReturnType<typeof ask>>, code: string) {
  return JSON.stringify({
    data: result.data,
    errors: result.errors?.map((e) => ({ ...e, locations: undefined })),
  }).replaceAll(code, "<period>");
}

describe.each(["anonymous", "VIEWER"] as const)("as %s, a draft quarter does not exist", (who) => {
  const cookieFor = async () => (who === "anonymous" ? null : server.signInAs("VIEWER"));

  it.each(READS)(
    "$name answers for a draft's code as for a code that does not exist",
    async ({ document }) => {
      const cookie = await cookieFor();
      const forDraft = await ask(document, draft.code, cookie);
      const forMissing = await ask(document, MISSING, cookie);
      expect(forDraft.errors?.length, `${who} was answered about a draft`).toBeGreaterThan(0);
      expect(shapeOf(forDraft, draft.code)).toBe(shapeOf(forMissing, MISSING));
    },
  );

  it("lists published quarters only, and the current period is the report's published quarter", async () => {
    const cookie = await cookieFor();
    const { data } = await server.graphql<{
      reportingPeriods: { code: string; status: string }[];
      currentPeriod: { code: string; status: string };
    }>(`{ reportingPeriods(kind: QUARTER) { code status } currentPeriod { code status } }`, {}, { cookie });
    expect(data!.reportingPeriods.map((p) => p.code)).not.toContain(draft.code);
    expect(data!.reportingPeriods.every((p) => p.status === "PUBLISHED")).toBe(true);
    expect(data!.currentPeriod).toEqual({ code: "2023-Q-MAR-MAY", status: "PUBLISHED" });
  });

  it("cannot read a draft's deliverable by its id", async () => {
    const cookie = await cookieFor();
    const { data } = await server.graphql<{ deliverable: unknown }>(
      `query D($id: ID!) { deliverable(id: $id) { id action } }`,
      { id: deliverable.id },
      { cookie },
    );
    expect(data!.deliverable).toBeNull();
  });
});

describe("editors and admins see drafts", () => {
  it.each(["EDITOR", "ADMIN"] as const)("%s: listed and marked DRAFT, and readable by code", async (role) => {
    const cookie = await server.signInAs(role);
    const { data } = await server.graphql<{
      reportingPeriods: { code: string; status: string }[];
      currentPeriod: { code: string };
      priority: { deliverables: { action: string }[]; risks: { text: string; period: { status: string } }[] };
    }>(
      `query Q($n: Int!, $p: String) { reportingPeriods(kind: QUARTER) { code status } currentPeriod { code }
         priority(number: $n) { deliverables(period: $p) { action } risks(period: $p) { text period { status } } } }`,
      { n: priority.number, p: draft.code },
      { cookie },
    );
    expect(data!.reportingPeriods).toContainEqual({ code: draft.code, status: "DRAFT" });
    // Everyone's default is the report readers see; an editor reaches the draft by its code.
    expect(data!.currentPeriod.code).toBe("2023-Q-MAR-MAY");
    expect(data!.priority.deliverables.map((d) => d.action)).toEqual(["Draft-only deliverable"]);
    expect(data!.priority.risks).toEqual([{ text: "Draft-only risk", period: { status: "DRAFT" } }]);
  });
});

describe("the response cache keeps the audiences apart", () => {
  const LIST = `query CachedPeriods { reportingPeriods(kind: QUARTER) { code status } }`;
  const codesFor = async (cookie: string | null) =>
    (
      (await server.graphql<{ reportingPeriods: { code: string }[] }>(LIST, {}, { cookie })).data!
        .reportingPeriods ?? []
    ).map((p) => p.code);

  it("never serves an editor's answer holding a draft to an anonymous reader or a viewer", async () => {
    const editor = await server.signInAs("EDITOR");
    expect(await codesFor(editor)).toContain(draft.code);
    // The same query text and variables, at the same data version, straight after.
    expect(await codesFor(null)).not.toContain(draft.code);
    expect(await codesFor(await server.signInAs("VIEWER"))).not.toContain(draft.code);
    // And the other way round: a public answer cached first does not hide the draft from an editor.
    expect(await codesFor(await server.signInAs("ADMIN"))).toContain(draft.code);
  });

  it("keeps a priority's draft deliverables out of an anonymous answer to the same query", async () => {
    const QUERY = `query Ds($n: Int!, $p: String) { priority(number: $n) { deliverables(period: $p) { action } } }`;
    const variables = { n: priority.number, p: draft.code };
    const editor = await server.signInAs("EDITOR");
    const asEditor = await server.graphql(QUERY, variables, { cookie: editor });
    expect(JSON.stringify(asEditor.data)).toContain("Draft-only deliverable");
    const asAnonymous = await server.graphql(QUERY, variables, { cookie: null });
    expect(JSON.stringify(asAnonymous)).not.toContain("Draft-only deliverable");
    expect(asAnonymous.errors?.length).toBeGreaterThan(0);
  });
});
