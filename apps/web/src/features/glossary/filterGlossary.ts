export interface Term {
  acronym: string;
  meaning: string;
}

/** Alphabetical, filtered by a case-insensitive search of acronym and meaning. */
export function filterGlossary(terms: readonly Term[], search: string): Term[] {
  const needle = search.trim().toLowerCase();
  return terms
    .filter(
      (t) => !needle || t.acronym.toLowerCase().includes(needle) || t.meaning.toLowerCase().includes(needle),
    )
    .sort((a, b) => a.acronym.localeCompare(b.acronym, "en-GB", { sensitivity: "base" }));
}
