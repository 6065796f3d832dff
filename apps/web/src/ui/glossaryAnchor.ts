/**
 * The id of a glossary entry on /glossary, so a badge or chart can link to the word it uses.
 * @example glossaryAnchor("Run (shift)") // "run-shift"
 * @example glossaryAnchor("Percentage point (pp)") // "percentage-point-pp"
 */
export function glossaryAnchor(term: string): string {
  return term
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A link to a glossary entry. */
export function glossaryHref(term: string): string {
  return `/glossary#${glossaryAnchor(term)}`;
}
