import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { ComparatorRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { checkCode, TITLE_MAX } from "./setupChecks.ts";

export interface NewForce {
  code: string;
  name: string;
  areas: { code: string; name: string }[];
}

const AREAS_MAX = 50;

function checkForce(input: NewForce): FieldChecks {
  const checks = new FieldChecks();
  checkCode(checks, input.code, "input.code");
  checks.text(input.name, "input.name", TITLE_MAX);
  checks.check(
    input.areas.length >= 1 && input.areas.length <= AREAS_MAX,
    "input.areas",
    `needs the force-wide area first, and at most ${AREAS_MAX} areas`,
  );
  const seen = new Set<string>();
  input.areas.forEach((area, i) => {
    checkCode(checks, area.code, `input.areas.${i}.code`);
    checks.text(area.name, `input.areas.${i}.name`, TITLE_MAX);
    checks.check(!seen.has(area.code), `input.areas.${i}.code`, `${area.code} is named twice`);
    seen.add(area.code);
  });
  return checks;
}

/**
 * Names the home force and its areas (the force-wide area first): the first step of a new install.
 * Once only, since every figure and benchmark is the home force's.
 */
export async function setUpForce(ctx: GraphQLContext, input: NewForce): Promise<ComparatorRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = checkForce(input);
  checks.throwIfAny();
  const force = { code: input.code, name: input.name.trim() };
  const areas = input.areas.map((area) => ({ code: area.code, name: area.name.trim() }));
  return ctx.repos.transaction(async (tx) => {
    const home = await tx.setup.findHomeForce();
    checks.check(home === null, "input.code", `the home force is already set up (${home?.name})`);
    const taken = await tx.setup.findComparators([force.code]);
    checks.check(taken.length === 0, "input.code", `${force.code} is already a comparator's code`);
    for (const code of await tx.setup.findAreaCodes(areas.map((a) => a.code))) {
      checks.fail(`input.areas.${areas.findIndex((a) => a.code === code)}.code`, `${code} already exists`);
    }
    checks.throwIfAny();
    const created = await tx.setup.createForce({ ...force, areas });
    await tx.audit.record({
      actor: viewer,
      action: "force.setUp",
      entityType: "Comparator",
      entityId: created.id,
      before: null,
      after: { ...force, isHomeForce: true, areas },
      requestId: ctx.requestId,
    });
    return created;
  });
}
