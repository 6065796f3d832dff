import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { SetupFacts } from "../../data/repositories/setupRepository.ts";

export type SetupStepKey =
  | "FORCE"
  | "PLAN"
  | "PRIORITIES"
  | "COMPARATORS"
  | "MOST_SIMILAR_GROUP"
  | "GLOSSARY"
  | "FIRST_QUARTER";

export interface SetupStepView {
  key: SetupStepKey;
  isDone: boolean;
  isRequired: boolean;
  detail: string | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function stepsOf(facts: SetupFacts): SetupStepView[] {
  const { homeForce, plan, firstQuarter } = facts;
  const step = (key: SetupStepKey, isDone: boolean, detail: string | null, isRequired = true) => ({
    key,
    isDone,
    isRequired,
    detail: isDone ? detail : null,
  });
  return [
    step("FORCE", homeForce !== null, `${homeForce?.name}, ${plural(facts.areaCount, "area")}`),
    step("PLAN", plan !== null, `${plan?.title} (${plan?.startYear}–${plan?.endYear})`),
    step("PRIORITIES", facts.priorityCount > 0, plural(facts.priorityCount, "priority", "priorities")),
    step("COMPARATORS", facts.comparatorCount > 0, plural(facts.comparatorCount, "comparator"), false),
    step(
      "MOST_SIMILAR_GROUP",
      facts.mostSimilarGroupCount > 0,
      plural(facts.mostSimilarGroupCount, "version"),
      false,
    ),
    step("GLOSSARY", facts.glossaryCount > 0, plural(facts.glossaryCount, "term"), false),
    step(
      "FIRST_QUARTER",
      firstQuarter !== null,
      `${firstQuarter?.label} (${firstQuarter?.status === "DRAFT" ? "draft" : "published"})`,
    ),
  ];
}

/** How far the first-run setup has come: each step, done or not, and what is there so far. */
export async function getSetupStatus(ctx: Pick<GraphQLContext, "viewer" | "repos">) {
  requireRole(ctx, "ADMIN");
  const facts = await ctx.repos.setup.readFacts();
  const steps = stepsOf(facts);
  return {
    isComplete: steps.every((s) => s.isDone || !s.isRequired),
    steps,
    homeForce: facts.homeForce,
    plan: facts.plan,
    firstQuarter: facts.firstQuarter,
  };
}
