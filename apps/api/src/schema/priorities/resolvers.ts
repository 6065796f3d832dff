import { listPriorityDeliverables } from "../../services/deliverables/listDeliverables.ts";
import { listReportingPeriods } from "../../services/periods/listReportingPeriods.ts";
import { resolvePeriod } from "../../services/periods/resolvePeriod.ts";
import { getPlan } from "../../services/priorities/getPlan.ts";
import { getPriority } from "../../services/priorities/getPriority.ts";
import { listPriorities } from "../../services/priorities/listPriorities.ts";
import {
  listScorecards,
  listSectionMetrics,
  listSections,
} from "../../services/priorities/listScorecards.ts";
import { listStatements } from "../../services/priorities/listStatements.ts";
import { summarisePriority } from "../../services/priorities/summarisePriority.ts";
import { listCommentary } from "../../services/statements/listCommentary.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const prioritiesResolvers: Resolvers = {
  Query: {
    plan: (_p, _a, ctx) => getPlan(ctx),
    priorities: (_p, _a, ctx) => listPriorities(ctx),
    priority: (_p, { number }, ctx) => getPriority(ctx, number),
    reportingPeriods: (_p, { kind }, ctx) => listReportingPeriods(ctx, kind),
    currentPeriod: (_p, _a, ctx) => resolvePeriod(ctx),
  },
  Plan: {
    id: (plan) => String(plan.id),
  },
  ReportingPeriod: {
    id: (period) => String(period.id),
  },
  Priority: {
    id: (priority) => String(priority.id),
    outcomes: (priority, args, ctx) => listStatements(ctx, priority.id, "OUTCOME", args),
    focus: (priority, args, ctx) => listStatements(ctx, priority.id, "FOCUS", args),
    risks: (priority, args, ctx) => listStatements(ctx, priority.id, "RISK", args),
    deliverables: (priority, args, ctx) => listPriorityDeliverables(ctx, priority.id, args),
    scorecards: (priority, _a, ctx) => listScorecards(ctx, priority.id),
    summary: (priority, { period }, ctx) => summarisePriority(ctx, priority, period),
  },
  Scorecard: {
    id: (scorecard) => String(scorecard.id),
    sections: (scorecard, _a, ctx) => listSections(ctx, scorecard.id),
  },
  ScorecardSection: {
    id: (section) => String(section.id),
    metrics: (section, _a, ctx) => listSectionMetrics(ctx, section.id),
    commentary: (section, args, ctx) => listCommentary(ctx, section.id, args),
  },
  Commentary: {
    id: (commentary) => String(commentary.id),
  },
};
