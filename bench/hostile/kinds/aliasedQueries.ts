import { graphql, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

const aliases = (selection: string, count = 15) =>
  `{ ${Array.from({ length: count }, (_, i) => `m${i}: ${selection}`).join(" ")} }`;

/** The probe's aliased queries within the alias limit, ten of each at once. */
export async function aliasedQueries(target: Target): Promise<KindResult> {
  const documents = [
    aliases("metrics { spc { points { value } } series { values } }"),
    aliases("metrics { id spc { status variation assurance } }"),
    aliases("metrics { id name unit latest { value } }"),
  ];
  const answers = (
    await Promise.all(
      documents.map((document) => Promise.all(Array.from({ length: 10 }, () => graphql(target, document)))),
    )
  ).flat();
  return { kind: "aliased queries (3 kinds × 10 at once)", answers };
}
