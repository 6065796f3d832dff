import { addComparator } from "../../services/setup/addComparator.ts";
import { addGlossaryTerm } from "../../services/setup/addGlossaryTerm.ts";
import { addPriority } from "../../services/setup/addPriority.ts";
import { createPlan } from "../../services/setup/createPlan.ts";
import { createScorecard } from "../../services/setup/createScorecard.ts";
import { defineMostSimilarGroup } from "../../services/setup/defineMostSimilarGroup.ts";
import { getSetupStatus } from "../../services/setup/getSetupStatus.ts";
import { openFirstQuarter } from "../../services/setup/openFirstQuarter.ts";
import { renamePriority } from "../../services/setup/renamePriority.ts";
import { setUpForce } from "../../services/setup/setUpForce.ts";
import { updateGlossaryTerm } from "../../services/setup/updateGlossaryTerm.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const setupResolvers: Resolvers = {
  Query: {
    setupStatus: (_p, _a, ctx) => getSetupStatus(ctx),
  },
  Mutation: {
    setUpForce: (_p, { input }, ctx) => asResult("force", () => setUpForce(ctx, input)),
    createPlan: (_p, { input }, ctx) => asResult("plan", () => createPlan(ctx, input)),
    addPriority: (_p, { input }, ctx) => asResult("priority", () => addPriority(ctx, input)),
    renamePriority: (_p, { number, title }, ctx) =>
      asResult("priority", () => renamePriority(ctx, number, title)),
    addComparator: (_p, { input }, ctx) => asResult("comparator", () => addComparator(ctx, input)),
    defineMostSimilarGroup: (_p, { input }, ctx) =>
      asResult("mostSimilarGroup", () => defineMostSimilarGroup(ctx, input)),
    addGlossaryTerm: (_p, { input }, ctx) => asResult("term", () => addGlossaryTerm(ctx, input)),
    updateGlossaryTerm: (_p, { input }, ctx) => asResult("term", () => updateGlossaryTerm(ctx, input)),
    openFirstQuarter: (_p, { input }, ctx) => asResult("quarter", () => openFirstQuarter(ctx, input)),
    createScorecard: (_p, { input }, ctx) => asResult("scorecard", () => createScorecard(ctx, input)),
  },
};
