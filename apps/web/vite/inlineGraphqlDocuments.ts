import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

// The client preset's graphql() looks each document up in one map that holds every operation in the app,
// and even its named exports live in one module, which the bundler puts in a chunk the first view loads:
// every editor's mutations would ship with the overview. This replaces each graphql(`...`) call with the
// generated document's JSON, so each document travels with the only chunk that uses it.
const CALL = /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** The preset's naming: query Overview → OverviewDocument; fragment PriorityCard_priority → PriorityCard_PriorityFragmentDoc. */
export function documentIdentifier(kind: string, name: string): string {
  const pascal = name
    .split("_")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("_");
  return kind === "fragment" ? `${pascal}FragmentDoc` : `${pascal}Document`;
}

/** Each generated document's JSON by identifier: the preset writes one `export const X = {...} as unknown as …` line each. */
function readDocuments(generated: string): Map<string, string> {
  const source = readFileSync(generated, "utf8");
  const line = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;
  return new Map([...source.matchAll(line)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}

export function inlineGraphqlDocuments(gqlDir: string): Plugin {
  const generated = resolve(gqlDir, "graphql.ts");
  let documents = new Map<string, string>();
  return {
    name: "pcc:inline-graphql-documents",
    enforce: "pre",
    buildStart() {
      documents = readDocuments(generated);
    },
    transform(code, rawId) {
      const id = rawId.split("?")[0] ?? rawId;
      if (!/\.tsx?$/.test(id) || id.startsWith(resolve(gqlDir)) || !code.includes("graphql(`")) return null;
      let count = 0;
      const replaced = code.replace(CALL, (call, body: string) => {
        const match = DEFINITION.exec(body);
        if (!match?.[1] || !match[2]) return call;
        const json = documents.get(documentIdentifier(match[1], match[2]));
        // An unknown name (codegen not yet re-run) keeps the original call, which still works.
        if (!json) return call;
        count += 1;
        return `(${json})`;
      });
      return count === 0 ? null : { code: replaced, map: null };
    },
  };
}
