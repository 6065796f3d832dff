import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { ComparatorRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { checkCode, checkWithin, TITLE_MAX } from "./setupChecks.ts";

export interface NewComparator {
  code: string;
  name: string;
  kind: ComparatorRecord["kind"];
  population?: number | null;
  populationYear?: number | null;
}

function checkComparator(input: NewComparator): FieldChecks {
  const checks = new FieldChecks();
  checkCode(checks, input.code, "input.code");
  checks.text(input.name, "input.name", TITLE_MAX);
  // England and Wales hold about 61 million people: a population is a count of residents.
  if (input.population != null) checkWithin(checks, input.population, "input.population", 1, 100_000_000);
  if (input.populationYear != null)
    checkWithin(checks, input.populationYear, "input.populationYear", 2000, 2100);
  checks.check(
    (input.population == null) === (input.populationYear == null),
    input.population == null ? "input.population" : "input.populationYear",
    "a population needs the year it was counted, and the year its population",
  );
  return checks;
}

/**
 * Adds what the home force is compared with: a peer force, a published Most Similar Group average or
 * a national figure. Populations weight the group averages, so they come with their year.
 */
export async function addComparator(ctx: GraphQLContext, input: NewComparator): Promise<ComparatorRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = checkComparator(input);
  checks.throwIfAny();
  const comparator = {
    code: input.code,
    name: input.name.trim(),
    kind: input.kind,
    population: input.population ?? null,
    populationYear: input.populationYear ?? null,
  };
  return ctx.repos.transaction(async (tx) => {
    const taken = await tx.setup.findComparators([comparator.code]);
    checks.check(taken.length === 0, "input.code", `${comparator.code} already exists`);
    checks.throwIfAny();
    const created = await tx.setup.createComparator(comparator);
    await tx.audit.record({
      actor: viewer,
      action: "comparator.add",
      entityType: "Comparator",
      entityId: created.id,
      before: null,
      after: comparator,
      requestId: ctx.requestId,
    });
    return created;
  });
}
