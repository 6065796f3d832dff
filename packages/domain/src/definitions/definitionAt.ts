import type { DatedDefinition } from "./DatedDefinition.ts";

/**
 * The definition a record had at `at` (ISO-8601): the version saved last at or before that moment,
 * so a quarter published on 1 July shows the definition current on 1 July, not today's. Ties on the
 * same instant go to the higher version. Null when every version is later (the record was defined
 * after `at`): the caller then shows the live definition.
 * @example definitionAt([{ version: 1, createdAt: "1970-01-01T00:00:00.000Z" },
 *   { version: 2, createdAt: "2023-08-01T00:00:00.000Z" }], "2023-07-01T00:00:00.000Z") // version 1
 */
export function definitionAt<D extends DatedDefinition>(definitions: readonly D[], at: string): D | null {
  const moment = Date.parse(at);
  let chosen: D | null = null;
  let chosenAt = Number.NEGATIVE_INFINITY;
  for (const definition of definitions) {
    const savedAt = Date.parse(definition.createdAt);
    if (savedAt > moment) continue;
    const isLater = savedAt > chosenAt || (savedAt === chosenAt && definition.version > chosen!.version);
    if (isLater) {
      chosen = definition;
      chosenAt = savedAt;
    }
  }
  return chosen;
}
