import { deliverableStatus, slipRisk } from "@pcc/domain";
import { addDeliverable } from "../../services/deliverables/addDeliverable.ts";
import { correctDeliverableDueDate } from "../../services/deliverables/correctDeliverableDueDate.ts";
import { getDeliverable } from "../../services/deliverables/getDeliverable.ts";
import { listDeliverables } from "../../services/deliverables/listDeliverables.ts";
import { retireDeliverable } from "../../services/deliverables/retireDeliverable.ts";
import { deliverableStatusDate, statusDate } from "../../services/deliverables/statusDate.ts";
import { updateDeliverable } from "../../services/deliverables/updateDeliverable.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const deliverablesResolvers: Resolvers = {
  Query: {
    deliverables: (_p, args, ctx) => listDeliverables(ctx, args),
    deliverable: (_p, { id }, ctx) => getDeliverable(ctx, id),
    deliverableStatusDate: (_p, { period }, ctx) => statusDate(ctx, period),
  },
  Deliverable: {
    id: (deliverable) => String(deliverable.id),
    status: async (deliverable, { period }, ctx) =>
      deliverableStatus(deliverable, await deliverableStatusDate(ctx, deliverable, period)),
    slipRisk: async (deliverable, { period }, ctx) =>
      slipRisk({ ...deliverable, asOf: await deliverableStatusDate(ctx, deliverable, period) }),
  },
  Mutation: {
    updateDeliverable: (_p, { id, input, expectedVersion, reason }, ctx) =>
      asResult("deliverable", () => updateDeliverable(ctx, id, input, expectedVersion, reason)),
    addDeliverable: (_p, { input, reason }, ctx) =>
      asResult("deliverable", () => addDeliverable(ctx, input, reason)),
    retireDeliverable: (_p, { id, expectedVersion, reason }, ctx) =>
      asResult("deliverable", () => retireDeliverable(ctx, id, expectedVersion, reason)),
    correctDeliverableDueDate: (_p, { id, dueDate, expectedVersion, reason }, ctx) =>
      asResult("deliverable", () => correctDeliverableDueDate(ctx, id, dueDate, expectedVersion, reason)),
  },
};
