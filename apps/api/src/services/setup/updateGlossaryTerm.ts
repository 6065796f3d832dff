import type { GraphQLContext } from "../../context.ts";
import { saveGlossaryTerm } from "./saveGlossaryTerm.ts";

/** Changes the meaning of a term already in the glossary. */
export const updateGlossaryTerm = (ctx: GraphQLContext, input: { acronym: string; meaning: string }) =>
  saveGlossaryTerm(ctx, input, false);
