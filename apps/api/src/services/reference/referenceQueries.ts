import type { GraphQLContext } from "../../context.ts";
import type { GovernanceNodeRecord } from "../../data/records.ts";

export function listGlossary(ctx: Pick<GraphQLContext, "repos">) {
  return ctx.repos.reference.listGlossary();
}

export function listAreas(ctx: Pick<GraphQLContext, "loaders">) {
  return ctx.loaders.areas.load("all");
}

/** Root nodes of the governance structure; children come from the same single query. */
export async function listGovernanceRoots(
  ctx: Pick<GraphQLContext, "loaders">,
): Promise<GovernanceNodeRecord[]> {
  return (await ctx.loaders.governanceNodes.load("all")).filter((n) => n.parentId === null);
}

export async function listGovernanceChildren(ctx: Pick<GraphQLContext, "loaders">, parentId: number) {
  return (await ctx.loaders.governanceNodes.load("all")).filter((n) => n.parentId === parentId);
}
