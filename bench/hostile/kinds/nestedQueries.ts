import { graphql, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

function related(depth: number): string {
  let selection = "id";
  for (let i = 0; i < depth; i++) selection = `related{${selection}}`;
  return `{metrics{${selection}}}`;
}

/** `metrics{related{…}}` at depths 1–10 one after another, then depth 6 ten at once. */
export async function nestedQueries(target: Target): Promise<KindResult> {
  const answers = [];
  const byDepth: string[] = [];
  for (let depth = 1; depth <= 10; depth++) {
    const answer = await graphql(target, related(depth));
    byDepth.push(`${depth}: ${answer.status} ${answer.ms.toFixed(0)} ms`);
    answers.push(answer);
  }
  answers.push(...(await Promise.all(Array.from({ length: 10 }, () => graphql(target, related(6))))));
  return { kind: "nested related (depth 1–10, then 6 × 10)", answers, note: byDepth.join("; ") };
}
