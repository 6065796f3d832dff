import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { MostSimilarGroupRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { TITLE_MAX } from "./setupChecks.ts";

export interface NewMostSimilarGroup {
  publisher: string;
  label: string;
  validFrom: string;
  members: string[];
  note?: string | null;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const NOTE_MAX = 2000;

function isRealDate(text: string): boolean {
  return ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

function checkGroup(input: NewMostSimilarGroup): FieldChecks {
  const checks = new FieldChecks();
  checks.text(input.publisher, "input.publisher", TITLE_MAX);
  checks.text(input.label, "input.label", TITLE_MAX);
  checks.text(input.note, "input.note", NOTE_MAX, false);
  checks.check(isRealDate(input.validFrom), "input.validFrom", "must be a date written YYYY-MM-DD");
  checks.check(input.members.length > 0, "input.members", "needs at least one peer force");
  checks.check(new Set(input.members).size === input.members.length, "input.members", "names a force twice");
  return checks;
}

/**
 * Records a Most Similar Group as published from `validFrom`. Publishers revise their groups, and a
 * past benchmark must keep the group it was judged against, so each definition is a new version.
 */
export async function defineMostSimilarGroup(
  ctx: GraphQLContext,
  input: NewMostSimilarGroup,
): Promise<MostSimilarGroupRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = checkGroup(input);
  checks.throwIfAny();
  const group = {
    publisher: input.publisher.trim(),
    label: input.label.trim(),
    validFrom: input.validFrom,
    note: input.note?.trim() || null,
  };
  return ctx.repos.transaction(async (tx) => {
    const home = await tx.setup.findHomeForce();
    const found = await tx.setup.findComparators(input.members);
    input.members.forEach((code, i) => {
      const member = found.find((c) => c.code === code);
      if (!member) checks.fail(`input.members.${i}`, `${code} is not a comparator`);
      else if (member.kind !== "FORCE" || member.isHomeForce) {
        checks.fail(`input.members.${i}`, `${code} is not a peer force`);
      }
    });
    if (!home) checks.fail("input.publisher", "set the force up first");
    else if (await tx.setup.hasMostSimilarGroup(home.id, group.publisher, group.validFrom)) {
      checks.fail(
        "input.validFrom",
        `${group.publisher}'s group from ${group.validFrom} is already recorded`,
      );
    }
    checks.throwIfAny();
    const memberIds = input.members.map((code) => found.find((c) => c.code === code)!.id);
    const created = await tx.setup.createMostSimilarGroup({ ...group, homeForceId: home!.id, memberIds });
    await tx.audit.record({
      actor: viewer,
      action: "mostSimilarGroup.define",
      entityType: "MostSimilarGroup",
      entityId: created.id,
      before: null,
      after: { ...group, members: input.members },
      requestId: ctx.requestId,
    });
    return created;
  });
}
