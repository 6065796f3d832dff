import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { GlossaryTermRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";

const ACRONYM_MAX = 20;
const MEANING_MAX = 500;

/**
 * Adds a term (`isNew`) or changes an existing term's meaning: one rule for both, so a term is added
 * once and edited after. Used by addGlossaryTerm and updateGlossaryTerm.
 */
export async function saveGlossaryTerm(
  ctx: GraphQLContext,
  input: { acronym: string; meaning: string },
  isNew: boolean,
): Promise<GlossaryTermRecord> {
  const viewer = requireRole(ctx, "ADMIN");
  const checks = new FieldChecks();
  checks.text(input.acronym, "input.acronym", ACRONYM_MAX);
  checks.text(input.meaning, "input.meaning", MEANING_MAX);
  checks.throwIfAny();
  const acronym = input.acronym.trim();
  const meaning = input.meaning.trim();
  return ctx.repos.transaction(async (tx) => {
    const existing = await tx.setup.findGlossaryTerm(acronym);
    if (isNew) checks.check(existing === null, "input.acronym", `${acronym} is already in the glossary`);
    else checks.check(existing !== null, "input.acronym", `${acronym} is not in the glossary`);
    checks.throwIfAny();
    const saved = isNew
      ? await tx.setup.createGlossaryTerm(acronym, meaning)
      : await tx.setup.updateGlossaryTerm(acronym, meaning);
    await tx.audit.record({
      actor: viewer,
      action: isNew ? "glossaryTerm.add" : "glossaryTerm.update",
      entityType: "GlossaryTerm",
      entityId: acronym,
      before: existing ? { meaning: existing.meaning } : null,
      after: { acronym, meaning },
      requestId: ctx.requestId,
    });
    return saved;
  });
}
