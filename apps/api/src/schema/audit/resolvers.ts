import { getAuditHistory, listActivity } from "../../services/audit/auditQueries.ts";
import { describeChanges } from "../../services/audit/describeChanges.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const auditResolvers: Resolvers = {
  Query: {
    auditHistory: (_p, { entityType, entityId }, ctx) => getAuditHistory(ctx, entityType, entityId),
    activity: (_p, args, ctx) => listActivity(ctx, args),
  },
  AuditEvent: {
    changes: (event) => describeChanges(event.before, event.after),
  },
};
