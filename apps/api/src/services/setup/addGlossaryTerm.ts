import type { GraphQLContext } from "../../context.ts";
import { saveGlossaryTerm } from "./saveGlossaryTerm.ts";

/** Adds a term the plan's readers will meet, with its meaning. */
export const addGlossaryTerm = (ctx: GraphQLContext, input: { acronym: string; meaning: string }) =>
  saveGlossaryTerm(ctx, input, true);
