import { addCommentary } from "../../services/statements/addCommentary.ts";
import { addStatement } from "../../services/statements/addStatement.ts";
import { editCommentary, retireCommentary } from "../../services/statements/changeCommentary.ts";
import { editStatement } from "../../services/statements/editStatement.ts";
import { reorderCommentary } from "../../services/statements/reorderCommentary.ts";
import { reorderStatements } from "../../services/statements/reorderStatements.ts";
import { restoreStatement, retireStatement } from "../../services/statements/retireStatement.ts";
import { asResult } from "../base/asResult.ts";
import type { Resolvers } from "../resolvers-types.ts";

export const statementsResolvers: Resolvers = {
  Statement: {
    id: (statement) => String(statement.id),
    period: async (statement, _a, ctx) => {
      const periods = await ctx.loaders.reportingPeriods.load("all");
      return periods.find((p) => p.id === statement.reportingPeriodId)!;
    },
  },
  Mutation: {
    addStatement: (_p, { input, reason }, ctx) =>
      asResult("statement", () => addStatement(ctx, input, reason)),
    editStatement: (_p, { id, input, expectedVersion, reason }, ctx) =>
      asResult("statement", () => editStatement(ctx, id, input.text, expectedVersion, reason)),
    retireStatement: (_p, { id, expectedVersion, reason }, ctx) =>
      asResult("statement", () => retireStatement(ctx, id, expectedVersion, reason)),
    restoreStatement: (_p, { id, expectedVersion, reason }, ctx) =>
      asResult("statement", () => restoreStatement(ctx, id, expectedVersion, reason)),
    reorderStatements: async (_p, args, ctx) => {
      const result = await asResult("statements", () => reorderStatements(ctx, args));
      return { statements: result.statements ?? [], errors: result.errors };
    },
    addCommentary: (_p, { input, reason }, ctx) =>
      asResult("commentary", () => addCommentary(ctx, input, reason)),
    editCommentary: (_p, { id, text, expectedVersion, reason }, ctx) =>
      asResult("commentary", () => editCommentary(ctx, id, text, expectedVersion, reason)),
    retireCommentary: (_p, { id, expectedVersion, reason }, ctx) =>
      asResult("commentary", () => retireCommentary(ctx, id, expectedVersion, reason)),
    reorderCommentary: async (_p, args, ctx) => {
      const result = await asResult("commentary", () => reorderCommentary(ctx, args));
      return { commentary: result.commentary ?? [], errors: result.errors };
    },
  },
};
