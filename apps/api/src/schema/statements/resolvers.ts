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
    addStatement: (_p, { input }, ctx) => asResult("statement", () => addStatement(ctx, input)),
    editStatement: (_p, { id, input, expectedVersion }, ctx) =>
      asResult("statement", () => editStatement(ctx, id, input.text, expectedVersion)),
    retireStatement: (_p, { id, expectedVersion }, ctx) =>
      asResult("statement", () => retireStatement(ctx, id, expectedVersion)),
    restoreStatement: (_p, { id, expectedVersion }, ctx) =>
      asResult("statement", () => restoreStatement(ctx, id, expectedVersion)),
    reorderStatements: async (_p, args, ctx) => {
      const result = await asResult("statements", () => reorderStatements(ctx, args));
      return { statements: result.statements ?? [], errors: result.errors };
    },
    addCommentary: (_p, { input }, ctx) => asResult("commentary", () => addCommentary(ctx, input)),
    editCommentary: (_p, { id, text, expectedVersion }, ctx) =>
      asResult("commentary", () => editCommentary(ctx, id, text, expectedVersion)),
    retireCommentary: (_p, { id, expectedVersion }, ctx) =>
      asResult("commentary", () => retireCommentary(ctx, id, expectedVersion)),
    reorderCommentary: async (_p, args, ctx) => {
      const result = await asResult("commentary", () => reorderCommentary(ctx, args));
      return { commentary: result.commentary ?? [], errors: result.errors };
    },
  },
};
