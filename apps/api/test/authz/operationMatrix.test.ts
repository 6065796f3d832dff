import { beforeAll, describe, expect, it } from "vitest";
import {
  buildComparator,
  buildDeliverable,
  buildMetric,
  buildPriority,
  buildQuarter,
  buildScorecardSection,
  buildStatement,
  buildUser,
  monthlySeries,
} from "../builders/index.ts";
import { type Caller, useEveryCaller } from "./useEveryCaller.ts";

// An authorisation test matrix covers every mutation × every role (including anonymous).
// Scorecard writes need EDITOR or above; user administration needs ADMIN; activity (who did what)
// needs EDITOR; a record's history needs any signed-in user.
type Role = Exclude<Caller, "ANONYMOUS">;

/** The records the operations act on, built for this file before the matrix runs. */
interface World {
  quarter: string;
  priority: number;
  deliverable: string;
  deliverableToRetire: string;
  statement: string;
  statementToRetire: string;
  sectionId: number;
  scorecardId: number;
  metricToRetire: string;
  commentary: [number, number];
  metric: string;
  observation: string;
  comparator: string;
  userId: number;
}

interface Operation {
  name: string;
  minimum: Role;
  document: (world: World) => string;
  variables?: (caller: Caller) => Record<string, unknown>;
}

const OPERATIONS: Operation[] = [
  {
    // The first caller allowed opens the next quarter; the ones after it get CONFLICT (past authorisation).
    name: "openNextQuarter",
    minimum: "EDITOR",
    document: (w) => `mutation { openNextQuarter(from: "${w.quarter}") { errors { field } } }`,
  },
  {
    // The report's quarter is published already: an admin gets CONFLICT, so nothing changes.
    name: "publishQuarter",
    minimum: "ADMIN",
    document: (w) => `mutation { publishQuarter(period: "${w.quarter}", version: 1) { errors { field } } }`,
  },
  {
    name: "reviewRisk",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { reviewRisk(id: "${w.statement}", expectedVersion: 99, review: KEPT, reason: "Matrix check") { errors { field } } }`,
  },
  {
    name: "updateDeliverable",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { updateDeliverable(id: "${w.deliverable}", input: { progress: 45 }, expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "addDeliverable",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { addDeliverable(input: { priority: ${w.priority}, action: "Matrix check", due: "June 24", progress: 0 }, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "retireDeliverable",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { retireDeliverable(id: "${w.deliverableToRetire}", expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "correctDeliverableDueDate",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { correctDeliverableDueDate(id: "${w.deliverable}", dueDate: "2024-03-31", expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "addStatement",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { addStatement(input: { priority: ${w.priority}, kind: FOCUS, text: "Matrix check" }, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "editStatement",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { editStatement(id: "${w.statement}", input: { text: "Matrix check" }, expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "retireStatement",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { retireStatement(id: "${w.statementToRetire}", expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "restoreStatement",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { restoreStatement(id: "${w.statementToRetire}", expectedVersion: 2, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "reorderStatements",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { reorderStatements(priority: ${w.priority}, kind: RISK, ids: [], reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "addCommentary",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { addCommentary(input: { sectionId: "${w.sectionId}", text: "Matrix check" }, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "editCommentary",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { editCommentary(id: "${w.commentary[0]}", text: "Matrix check", expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "retireCommentary",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { retireCommentary(id: "${w.commentary[1]}", expectedVersion: 1, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "reorderCommentary",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { reorderCommentary(sectionId: "${w.sectionId}", ids: [], reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "recordObservation",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { recordObservation(input: { metricId: "${w.metric}", periodStart: "2023-04", periodEnd: "2023-04", value: 3400 }) { errors { field } } }`,
  },
  {
    name: "correctObservation",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { correctObservation(id: "${w.observation}", input: { metricId: "${w.metric}", periodStart: "2023-03", periodEnd: "2023-03", value: 1 }, expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "acceptNarrative",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { acceptNarrative(metricId: "${w.metric}", period: "${w.quarter}", key: "latest", expectedVersion: 0, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "editNarrative",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { editNarrative(metricId: "${w.metric}", period: "${w.quarter}", key: "change", text: "Matrix check", expectedVersion: 0, reason: "Corrected in a test of the published quarter") { errors { field } } }`,
  },
  {
    name: "recordBenchmark",
    minimum: "EDITOR",
    document: (w) =>
      `mutation { recordBenchmark(input: { metricId: "${w.metric}", comparator: "${w.comparator}", periodStart: "2021-04", periodEnd: "2022-03", value: 60 }) { errors { field } } }`,
  },
  {
    name: "createUser",
    minimum: "ADMIN",
    document: () =>
      `mutation C($email: String!) { createUser(input: { email: $email, name: "Matrix", role: VIEWER, password: "matrix-password-01" }) { errors { field } } }`,
    variables: (caller) => ({ email: `matrix-${caller.toLowerCase()}@harness.test` }),
  },
  {
    name: "updateUser",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { updateUser(id: "${w.userId}", input: { name: "Matrix" }, expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "createMetric",
    minimum: "ADMIN",
    document: () =>
      `mutation C($id: ID!) { createMetric(id: $id, input: { name: "Matrix", unit: COUNT, polarity: NEUTRAL, basis: DISCRETE_MONTH, dataSource: "Matrix" }) { errors { field } } }`,
    variables: (caller) => ({ id: `matrix-${caller.toLowerCase()}` }),
  },
  {
    name: "updateMetric",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { updateMetric(id: "${w.metric}", input: { description: "Matrix" }, expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "retireMetric",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { retireMetric(id: "${w.metricToRetire}", expectedVersion: 1) { errors { field } } }`,
  },
  {
    name: "addProcessChange",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { addProcessChange(metricId: "${w.metric}", month: "Apr-23", label: "Matrix") { errors { field } } }`,
  },
  {
    name: "removeProcessChange",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { removeProcessChange(metricId: "${w.metric}", month: "2023-04") { errors { field } } }`,
  },
  {
    name: "createScorecardSection",
    minimum: "ADMIN",
    document: (w) =>
      `mutation C($title: String!) { createScorecardSection(scorecardId: "${w.scorecardId}", title: $title) { errors { field } } }`,
    variables: (caller) => ({ title: `Matrix ${caller}` }),
  },
  {
    name: "renameScorecardSection",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { renameScorecardSection(id: "${w.sectionId}", title: "Matrix section") { errors { field } } }`,
  },
  {
    name: "setSectionMetrics",
    minimum: "ADMIN",
    document: (w) =>
      `mutation { setSectionMetrics(sectionId: "${w.sectionId}", metricIds: ["${w.metric}"]) { errors { field } } }`,
  },
  { name: "activity (query)", minimum: "EDITOR", document: () => `{ activity { id } }` },
  {
    name: "auditHistory (query)",
    minimum: "VIEWER",
    document: (w) => `{ auditHistory(entityType: "Deliverable", entityId: "${w.deliverable}") { id } }`,
  },
  { name: "users (query)", minimum: "ADMIN", document: () => `{ users { id } }` },
];

const { server, callers, cookieOf, outcomeFor } = useEveryCaller();
let world: World;
beforeAll(async () => {
  const quarter = await buildQuarter(server);
  const priority = await buildPriority(server);
  const section = await buildScorecardSection(server, {
    priority,
    quarter,
    reportCommentary: ["First", "Second"],
  });
  const metric = await buildMetric(server, {
    unit: "COUNT",
    sectionId: section.id,
    observations: monthlySeries("2023-03", [3300, 3250, 3380]),
  });
  const observations = await server.graphql<{ metric: { observations: { id: string }[] } }>(
    `{ metric(id: "${metric.id}") { observations(from: "2023-03", to: "2023-03") { id } } }`,
  );
  world = {
    quarter: quarter.code,
    priority: priority.number,
    deliverable: (await buildDeliverable(server, { priority })).id,
    deliverableToRetire: (await buildDeliverable(server, { priority })).id,
    statement: (await buildStatement(server, { priority, quarter })).id,
    statementToRetire: (await buildStatement(server, { priority, quarter })).id,
    sectionId: section.id,
    scorecardId: section.scorecardId,
    metricToRetire: (await buildMetric(server)).id,
    commentary: [section.commentaryIds[0]!, section.commentaryIds[1]!],
    metric: metric.id,
    observation: observations.data!.metric.observations[0]!.id,
    comparator: (await buildComparator(server)).code,
    userId: (await buildUser(server)).id,
  };
});

describe.each(OPERATIONS)("$name", (op) => {
  it.each(callers)(`as %s`, async (caller) => {
    const result = await server.graphql(op.document(world), op.variables?.(caller) ?? {}, {
      cookie: cookieOf(caller),
    });
    const code = result.errors?.[0]?.extensions?.code;
    const want = outcomeFor(caller, op.minimum);
    if (want === "ALLOWED") {
      // Allowed means the request got past authorisation: data, field errors or a version conflict.
      expect(["UNAUTHENTICATED", "FORBIDDEN"], JSON.stringify(result.errors)).not.toContain(code);
      expect(result.status).toBe(200);
    } else {
      expect(code, JSON.stringify(result)).toBe(want);
    }
  });
});

it("covers every mutation in the schema", async () => {
  const result = await server.graphql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
    `{ __schema { mutationType { fields { name } } } }`,
  );
  const open = new Set(["signIn", "signOut", "_noop"]);
  const names = result.data!.__schema.mutationType.fields.map((f) => f.name).filter((n) => !open.has(n));
  expect(names.sort()).toEqual(
    OPERATIONS.map((o) => o.name)
      .filter((n) => !n.includes(" "))
      .sort(),
  );
});

it("refused callers changed nothing: no audit row names the viewer", async () => {
  const result = await server.graphql<{ activity: { actorEmail: string }[] }>(
    `{ activity(limit: 200) { actorEmail } }`,
    {},
    { cookie: cookieOf("ADMIN") },
  );
  const actors = new Set(result.data!.activity.map((e) => e.actorEmail));
  // "system" rows are the harness creating its own users; anonymous callers have no email at all.
  expect([...actors].sort()).toEqual(["admin@harness.test", "editor@harness.test", "system"]);
});
