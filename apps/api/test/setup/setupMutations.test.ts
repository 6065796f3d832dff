import { beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import { ALLOWED_CODES, TOP_LEVEL_QUERIES } from "./topLevelQueries.ts";

// The first-run setup on a new install, step by step, in the order the setup page offers it: each
// step's success (with its audit row), a bad input that names the field and changes nothing, and
// the refusal for everyone but an admin.
const server = useTestServer({ start: "empty" });
let admin: string;
beforeAll(async () => {
  admin = await server.signInAs("ADMIN");
});

interface Outcome {
  errors: { field: string; message: string }[];
  [key: string]: unknown;
}

async function mutate(name: string, args: string, select: string, cookie: string | null = admin) {
  const result = await server.graphql<Record<string, Outcome>>(
    `mutation { ${name}(${args}) { ${select} errors { field message } } }`,
    undefined,
    { cookie },
  );
  return { result, outcome: result.data?.[name] };
}

/** Rows of every table setup writes to, so a refused input is shown to have changed nothing. */
async function tableCounts(): Promise<Record<string, string>> {
  const tables = [
    "Comparator",
    "Area",
    "Plan",
    "Priority",
    "MostSimilarGroup",
    "GlossaryTerm",
    "ReportingPeriod",
    "Scorecard",
    "AuditEvent",
  ];
  const counts = await Promise.all(
    tables.map(async (t) => (await server.db.pool.query(`SELECT count(*)::text AS n FROM "${t}"`)).rows[0].n),
  );
  return Object.fromEntries(tables.map((t, i) => [t, counts[i] as string]));
}

async function lastAudit(): Promise<{ action: string; entityType: string; actorEmail: string }> {
  const { rows } = await server.db.pool.query(
    `SELECT action, "entityType", "actorEmail" FROM "AuditEvent" ORDER BY id DESC LIMIT 1`,
  );
  return rows[0];
}

/** Calls a mutation with bad input and checks that it names `field` and changes nothing. */
async function expectRefused(name: string, args: string, field: string) {
  const before = await tableCounts();
  const { result, outcome } = await mutate(name, args, "__typename");
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(outcome?.errors.map((e) => e.field)).toContain(field);
  expect(await tableCounts()).toEqual(before);
}

const FORCE = `input: { code: "northshire", name: "Northshire Police", areas: [
  { code: "force", name: "Northshire Police (force-wide)" }, { code: "north", name: "North hub" }] }`;

describe("before anything is set up", () => {
  it("shows every step as to do", async () => {
    const { data } = await server.graphql<{
      setupStatus: { isComplete: boolean; steps: { key: string; isDone: boolean }[] };
    }>("{ setupStatus { isComplete steps { key isDone } } }", undefined, { cookie: admin });
    expect(data?.setupStatus.isComplete).toBe(false);
    expect(data?.setupStatus.steps.every((s) => !s.isDone)).toBe(true);
  });

  it("refuses a plan before the force, naming the field", async () => {
    await expectRefused(
      "createPlan",
      `input: { code: "pcp", title: "Plan", startYear: 2025, endYear: 2028 }`,
      "input.code",
    );
  });
});

describe("setUpForce", () => {
  it("refuses bad codes, blank names and no areas, naming each field", async () => {
    await expectRefused(
      "setUpForce",
      `input: { code: "North Shire", name: "N", areas: [{ code: "force", name: "F" }] }`,
      "input.code",
    );
    await expectRefused(
      "setUpForce",
      `input: { code: "n", name: " ", areas: [{ code: "force", name: "F" }] }`,
      "input.name",
    );
    await expectRefused("setUpForce", `input: { code: "n", name: "N", areas: [] }`, "input.areas");
    await expectRefused(
      "setUpForce",
      `input: { code: "n", name: "N", areas: [{ code: "a", name: "A" }, { code: "a", name: "B" }] }`,
      "input.areas.1.code",
    );
  });

  it("creates the home force and its areas, the force-wide area first, audited", async () => {
    const { outcome } = await mutate("setUpForce", FORCE, "force { code name kind isHomeForce }");
    expect(outcome).toEqual({
      force: { code: "northshire", name: "Northshire Police", kind: "FORCE", isHomeForce: true },
      errors: [],
    });
    const { data } = await server.graphql<{ areas: { code: string }[] }>("{ areas { code } }");
    expect(data?.areas.map((a) => a.code)).toEqual(["force", "north"]);
    expect(await lastAudit()).toEqual({
      action: "force.setUp",
      entityType: "Comparator",
      actorEmail: "admin@harness.test",
    });
  });

  it("is done once: a second force is a field error", async () => {
    await expectRefused("setUpForce", FORCE.replace("northshire", "other"), "input.code");
  });
});

describe("createPlan", () => {
  it("refuses an end before the start", async () => {
    await expectRefused(
      "createPlan",
      `input: { code: "pcp", title: "Plan", startYear: 2025, endYear: 2024 }`,
      "input.endYear",
    );
  });

  it("creates the plan for the home force, audited", async () => {
    const { outcome } = await mutate(
      "createPlan",
      `input: { code: "pcp-2025-28", title: "Police and Crime Plan 2025-28", startYear: 2025, endYear: 2028 }`,
      "plan { title forceName startYear endYear }",
    );
    expect(outcome?.plan).toEqual({
      title: "Police and Crime Plan 2025-28",
      forceName: "Northshire Police",
      startYear: 2025,
      endYear: 2028,
    });
    expect((await lastAudit()).action).toBe("plan.create");
    const { data } = await server.graphql<{ plan: { title: string } }>("{ plan { title } }");
    expect(data?.plan.title).toBe("Police and Crime Plan 2025-28");
  });
});

describe("addPriority and renamePriority", () => {
  it("adds priorities, audited, and refuses a number already taken", async () => {
    for (const [number, title] of [
      [1, "Prevent crime"],
      [2, "Support victims"],
    ] as const) {
      const { outcome } = await mutate(
        "addPriority",
        `input: { number: ${number}, title: "${title}" }`,
        "priority { number title }",
      );
      expect(outcome?.priority).toEqual({ number, title });
    }
    expect((await lastAudit()).action).toBe("priority.add");
    await expectRefused("addPriority", `input: { number: 2, title: "Again" }`, "input.number");
    await expectRefused("addPriority", `input: { number: 0, title: "Zero" }`, "input.number");
  });

  it("renames a priority, audited, and refuses an unknown number or a blank title", async () => {
    const { outcome } = await mutate(
      "renamePriority",
      `number: 2, title: "Support victims and witnesses"`,
      "priority { title }",
    );
    expect(outcome?.priority).toEqual({ title: "Support victims and witnesses" });
    expect((await lastAudit()).action).toBe("priority.rename");
    await expectRefused("renamePriority", `number: 7, title: "Nothing"`, "number");
    await expectRefused("renamePriority", `number: 1, title: ""`, "title");
  });
});

describe("createScorecard", () => {
  it("adds a scorecard to a priority after its others, audited", async () => {
    const { outcome } = await mutate(
      "createScorecard",
      `input: { priorityNumber: 1, title: "Crime", kind: FORCE }`,
      "scorecard { title kind position }",
    );
    expect(outcome?.scorecard).toEqual({ title: "Crime", kind: "FORCE", position: 0 });
    expect((await lastAudit()).action).toBe("scorecard.create");
    await expectRefused(
      "createScorecard",
      `input: { priorityNumber: 1, title: "Crime", kind: FORCE }`,
      "input.title",
    );
    await expectRefused(
      "createScorecard",
      `input: { priorityNumber: 9, title: "X", kind: CJS }`,
      "input.priorityNumber",
    );
  });
});

describe("addComparator and defineMostSimilarGroup", () => {
  it("adds peers with their populations, audited, and refuses a population without its year", async () => {
    for (const code of ["eastshire", "westshire"]) {
      const { outcome } = await mutate(
        "addComparator",
        `input: { code: "${code}", name: "${code}", kind: FORCE, population: 700000, populationYear: 2021 }`,
        "comparator { code population }",
      );
      expect(outcome?.comparator).toEqual({ code, population: 700000 });
    }
    expect((await lastAudit()).action).toBe("comparator.add");
    await expectRefused(
      "addComparator",
      `input: { code: "x", name: "X", kind: NATIONAL, population: 5 }`,
      "input.populationYear",
    );
    await expectRefused(
      "addComparator",
      `input: { code: "eastshire", name: "E", kind: FORCE }`,
      "input.code",
    );
  });

  it("keeps every version of a group: a later definition adds, never overwrites", async () => {
    const define = (validFrom: string, members: string) =>
      mutate(
        "defineMostSimilarGroup",
        `input: { publisher: "HMICFRS", label: "MSG ${validFrom}", validFrom: "${validFrom}", members: [${members}] }`,
        "mostSimilarGroup { label validFrom members { code } }",
      );
    expect((await define("2023-04-01", `"eastshire"`)).outcome?.errors).toEqual([]);
    const { outcome } = await define("2024-04-01", `"eastshire", "westshire"`);
    expect(outcome?.mostSimilarGroup).toMatchObject({
      validFrom: "2024-04-01",
      members: [{ code: "eastshire" }, { code: "westshire" }],
    });
    expect((await lastAudit()).action).toBe("mostSimilarGroup.define");
    const { data } = await server.graphql<{ mostSimilarGroups: { validFrom: string; members: unknown[] }[] }>(
      "{ mostSimilarGroups { validFrom members { code } } }",
    );
    expect(data?.mostSimilarGroups.map((g) => [g.validFrom, g.members.length])).toEqual([
      ["2024-04-01", 2],
      ["2023-04-01", 1],
    ]);
    await expectRefused(
      "defineMostSimilarGroup",
      `input: { publisher: "HMICFRS", label: "Again", validFrom: "2024-04-01", members: ["westshire"] }`,
      "input.validFrom",
    );
    await expectRefused(
      "defineMostSimilarGroup",
      `input: { publisher: "HMICFRS", label: "Home", validFrom: "2025-04-01", members: ["northshire"] }`,
      "input.members.0",
    );
    await expectRefused(
      "defineMostSimilarGroup",
      `input: { publisher: "HMICFRS", label: "Bad day", validFrom: "2025-02-30", members: ["westshire"] }`,
      "input.validFrom",
    );
  });
});

describe("addGlossaryTerm and updateGlossaryTerm", () => {
  it("adds a term, changes its meaning, each audited, and refuses the wrong one of the two", async () => {
    const { outcome } = await mutate(
      "addGlossaryTerm",
      `input: { acronym: "ASB", meaning: "Anti-social behaviour" }`,
      "term { acronym meaning }",
    );
    expect(outcome?.term).toEqual({ acronym: "ASB", meaning: "Anti-social behaviour" });
    expect((await lastAudit()).action).toBe("glossaryTerm.add");
    const updated = await mutate(
      "updateGlossaryTerm",
      `input: { acronym: "ASB", meaning: "Antisocial behaviour" }`,
      "term { meaning }",
    );
    expect(updated.outcome?.term).toEqual({ meaning: "Antisocial behaviour" });
    expect((await lastAudit()).action).toBe("glossaryTerm.update");
    await expectRefused("addGlossaryTerm", `input: { acronym: "ASB", meaning: "Again" }`, "input.acronym");
    await expectRefused(
      "updateGlossaryTerm",
      `input: { acronym: "NEW", meaning: "Missing" }`,
      "input.acronym",
    );
  });
});

describe("openFirstQuarter", () => {
  it("refuses a data month after the quarter, naming the field", async () => {
    await expectRefused(
      "openFirstQuarter",
      `input: { startMonth: "2025-06", dataMonth: "2025-09" }`,
      "input.dataMonth",
    );
    await expectRefused(
      "openFirstQuarter",
      `input: { startMonth: "2025-13", dataMonth: "2025-06" }`,
      "input.startMonth",
    );
  });

  it("opens the plan's first quarter as a draft that readers do not see, audited", async () => {
    const { outcome } = await mutate(
      "openFirstQuarter",
      `input: { startMonth: "2025-06", dataMonth: "2025-06" }`,
      "quarter { code label start end dataMonth }",
    );
    expect(outcome?.quarter).toEqual({
      code: "2025-Q-JUN-AUG",
      label: "June – Aug 25",
      start: "2025-06",
      end: "2025-08",
      dataMonth: "2025-06",
    });
    expect((await lastAudit()).action).toBe("quarter.openFirst");
    const { rows } = await server.db.pool.query(
      `SELECT status::text, "planId" IS NOT NULL AS "hasPlan" FROM "ReportingPeriod"`,
    );
    expect(rows).toEqual([{ status: "DRAFT", hasPlan: true }]);
    const reader = await server.graphql("{ currentPeriod { label } }");
    expect(reader.errors?.[0]?.extensions?.code).toBe("NOT_SET_UP");
    await expectRefused(
      "openFirstQuarter",
      `input: { startMonth: "2025-09", dataMonth: "2025-09" }`,
      "input.startMonth",
    );
  });

  it("leaves every required step done", async () => {
    const { data } = await server.graphql<{
      setupStatus: { isComplete: boolean; steps: { key: string; isDone: boolean; detail: string | null }[] };
    }>("{ setupStatus { isComplete steps { key isDone detail } } }", undefined, { cookie: admin });
    expect(data?.setupStatus.isComplete).toBe(true);
    expect(data?.setupStatus.steps.find((s) => s.key === "FIRST_QUARTER")?.detail).toBe(
      "June – Aug 25 (draft)",
    );
    expect(data?.setupStatus.steps.find((s) => s.key === "FORCE")?.detail).toBe("Northshire Police, 2 areas");
  });
});

describe("with only a draft quarter", () => {
  it("answers every top-level query for a reader and an admin without a server error", async () => {
    // And a priority page's reading, the deepest a reader can ask of a plan with no published quarter.
    const priorityPage =
      "{ priority(number: 1) { title outcomes { id } focus { id } risks { id } deliverables { id status } scorecards { title sections { id } } summary { __typename } } }";
    for (const cookie of [null, admin]) {
      const reads: [string, string][] = [
        ...Object.entries(TOP_LEVEL_QUERIES),
        ["priority page", priorityPage],
      ];
      for (const [name, query] of reads) {
        const result = await server.graphql(query, undefined, { cookie });
        expect(result.status, `${name}: ${JSON.stringify(result.errors)}`).toBe(200);
        for (const error of result.errors ?? []) {
          expect(ALLOWED_CODES, `${name}: ${error.message}`).toContain(error.extensions?.code);
        }
      }
    }
  });
});

describe("only an admin may set up", () => {
  const attempts: [string, string][] = [
    ["setUpForce", FORCE],
    ["createPlan", `input: { code: "p", title: "P", startYear: 2025, endYear: 2026 }`],
    ["addPriority", `input: { number: 5, title: "P" }`],
    ["renamePriority", `number: 1, title: "P"`],
    ["addComparator", `input: { code: "c", name: "C", kind: FORCE }`],
    [
      "defineMostSimilarGroup",
      `input: { publisher: "P", label: "L", validFrom: "2026-01-01", members: ["eastshire"] }`,
    ],
    ["addGlossaryTerm", `input: { acronym: "Z", meaning: "Z" }`],
    ["updateGlossaryTerm", `input: { acronym: "ASB", meaning: "Z" }`],
    ["openFirstQuarter", `input: { startMonth: "2026-03", dataMonth: "2026-03" }`],
    ["createScorecard", `input: { priorityNumber: 1, title: "Z", kind: FORCE }`],
  ];
  it.each(["VIEWER", "EDITOR", "ANONYMOUS"] as const)("refuses %s and changes nothing", async (caller) => {
    const cookie = caller === "ANONYMOUS" ? null : await server.signInAs(caller);
    const before = await tableCounts();
    for (const [name, args] of attempts) {
      const { result } = await mutate(name, args, "__typename", cookie);
      expect(result.errors?.[0]?.extensions?.code, name).toBe(
        caller === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN",
      );
    }
    const status = await server.graphql("{ setupStatus { isComplete } }", undefined, { cookie });
    expect(status.errors?.[0]?.extensions?.code).toBe(
      caller === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN",
    );
    expect(await tableCounts()).toEqual(before);
  });
});
