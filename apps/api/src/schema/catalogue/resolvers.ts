import { addProcessChange } from "../../services/catalogue/addProcessChange.ts";
import { createMetric } from "../../services/catalogue/createMetric.ts";
import { createScorecardSection } from "../../services/catalogue/createScorecardSection.ts";
import { listCatalogue } from "../../services/catalogue/listCatalogue.ts";
import { removeProcessChange } from "../../services/catalogue/removeProcessChange.ts";
import { renameScorecardSection } from "../../services/catalogue/renameScorecardSection.ts";
import { retireMetric } from "../../services/catalogue/retireMetric.ts";
import { setSectionMetrics } from "../../services/catalogue/setSectionMetrics.ts";
import { updateMetric } from "../../services/catalogue/updateMetric.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const catalogueResolvers: Resolvers = {
  Query: {
    metricCatalogue: (_p, { search }, ctx) => listCatalogue(ctx, search),
  },
  Mutation: {
    createMetric: (_p, { id, input }, ctx) => asResult("metric", () => createMetric(ctx, id, input)),
    updateMetric: (_p, { id, input, expectedVersion }, ctx) =>
      asResult("metric", () => updateMetric(ctx, id, input, expectedVersion)),
    retireMetric: (_p, { id, expectedVersion }, ctx) =>
      asResult("metric", () => retireMetric(ctx, id, expectedVersion)),
    addProcessChange: (_p, args, ctx) => asResult("metric", () => addProcessChange(ctx, args)),
    removeProcessChange: (_p, args, ctx) => asResult("metric", () => removeProcessChange(ctx, args)),
    createScorecardSection: (_p, args, ctx) => asResult("section", () => createScorecardSection(ctx, args)),
    renameScorecardSection: (_p, args, ctx) => asResult("section", () => renameScorecardSection(ctx, args)),
    setSectionMetrics: (_p, args, ctx) => asResult("section", () => setSectionMetrics(ctx, args)),
  },
};
