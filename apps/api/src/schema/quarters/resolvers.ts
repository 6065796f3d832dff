import { listPreviousCommentary } from "../../services/quarters/listPreviousCommentary.ts";
import { listPreviousFocus } from "../../services/quarters/listPreviousFocus.ts";
import { nextQuarterOf } from "../../services/quarters/nextQuarterOf.ts";
import { openNextQuarter } from "../../services/quarters/openNextQuarter.ts";
import { previousQuarterOf } from "../../services/quarters/previousQuarterOf.ts";
import { publishQuarter } from "../../services/quarters/publishQuarter.ts";
import { reviewRisk } from "../../services/quarters/reviewRisk.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const quartersResolvers: Resolvers = {
  ReportingPeriod: {
    openedFrom: (period, _a, ctx) => previousQuarterOf(ctx, period),
    next: (period, _a, ctx) => nextQuarterOf(ctx, period),
  },
  Priority: {
    previousFocus: (priority, { period }, ctx) => listPreviousFocus(ctx, priority.id, period),
  },
  ScorecardSection: {
    previousCommentary: (section, { period }, ctx) => listPreviousCommentary(ctx, section.id, period),
  },
  Mutation: {
    openNextQuarter: (_p, { from }, ctx) => asResult("quarter", () => openNextQuarter(ctx, from)),
    publishQuarter: (_p, { period, version }, ctx) =>
      asResult("quarter", () => publishQuarter(ctx, period, version)),
    reviewRisk: (_p, args, ctx) => asResult("statement", () => reviewRisk(ctx, args)),
  },
};
