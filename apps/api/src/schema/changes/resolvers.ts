import { getQuarterChanges } from "../../services/changes/getQuarterChanges.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const changesResolvers: Resolvers = {
  Query: {
    quarterChanges: (_p, args, ctx) => getQuarterChanges(ctx, args),
  },
  QuarterChange: {
    metricId: (change) => ("metricId" in change ? change.metricId : null),
    direction: (change) => (change.kind === "FIGURE_MOVED" ? change.direction : null),
    signalClass: (change) =>
      change.kind === "SIGNAL_STARTED" || change.kind === "SIGNAL_ENDED" ? change.classification : null,
    deliverableId: (change) => ("deliverableId" in change ? change.deliverableId : null),
    riskId: (change) => ("riskId" in change ? change.riskId : null),
  },
};
