import type { TestServer } from "../harness/index.ts";
import { builderSql } from "./builderSql.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export interface BuiltPriority {
  id: number;
  planId: number;
  /** What the API finds it by: `priority(number: …)`, `addDeliverable(input: { priority })`. */
  number: number;
  title: string;
}

/**
 * A priority of its own, in the first plan (made if there is none). The API finds a priority by its
 * number across plans, so a built one takes a number above every stored one.
 */
export async function buildPriority(
  server: TestServer,
  overrides: { title?: string } = {},
): Promise<BuiltPriority> {
  const planId = await firstPlanId(server);
  const [row] = await builderSql<BuiltPriority>(
    server,
    `INSERT INTO "Priority" ("planId", number, title)
     SELECT $1, COALESCE(max(number), 0) + 1, $2 FROM "Priority"
     RETURNING id, "planId", number, title`,
    [planId, overrides.title ?? uniqueLabel("Test priority")],
  );
  return row!;
}

async function firstPlanId(server: TestServer): Promise<number> {
  const [plan] = await builderSql<{ id: number }>(server, `SELECT id FROM "Plan" ORDER BY id LIMIT 1`);
  if (plan) return plan.id;
  const [force] = await builderSql<{ id: number }>(
    server,
    `INSERT INTO "Comparator" (code, name, kind, "isHomeForce") VALUES ('test-home-force', 'Test force', 'FORCE', true)
     RETURNING id`,
  );
  const [made] = await builderSql<{ id: number }>(
    server,
    `INSERT INTO "Plan" (code, title, "forceId", "startYear", "endYear")
     VALUES ('test-plan', 'Test plan', $1, 2022, 2025) RETURNING id`,
    [force!.id],
  );
  return made!.id;
}
