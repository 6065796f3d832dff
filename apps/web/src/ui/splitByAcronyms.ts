export type TextPart = { text: string; acronym?: undefined } | { text: string; acronym: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Splits text into plain runs and glossary acronyms, matched case-sensitively as whole words
 * (so "DA" never matches inside "DASP", and "FAT" never matches "fat"). Longer acronyms win.
 * Example: splitByAcronyms("FAT rate", ["FAT"]) → [{text:"FAT", acronym:"FAT"}, {text:" rate"}].
 */
export function splitByAcronyms(text: string, acronyms: readonly string[]): TextPart[] {
  return createAcronymSplitter(acronyms)(text);
}

/** The same split with the pattern compiled once, for a page that splits hundreds of sentences. */
export function createAcronymSplitter(acronyms: readonly string[]): (text: string) => TextPart[] {
  const terms = [...acronyms].filter(Boolean).sort((a, b) => b.length - a.length);
  if (terms.length === 0) return (text) => (text ? [{ text }] : []);
  const pattern = new RegExp(
    `(?<![A-Za-z0-9&/])(${terms.map(escapeRegExp).join("|")})(?![A-Za-z0-9&/])`,
    "g",
  );
  return (text) => {
    if (!text) return [];
    const parts: TextPart[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (start > last) parts.push({ text: text.slice(last, start) });
      parts.push({ text: match[0], acronym: match[0] });
      last = start + match[0].length;
    }
    if (last < text.length) parts.push({ text: text.slice(last) });
    return parts;
  };
}

/**
 * Which glossary entries to mark in running text: acronyms with at least two capitals.
 * "Op" and "Median" are glossary entries but ordinary words in a sentence.
 */
export function isMarkableAcronym(acronym: string): boolean {
  return (acronym.match(/[A-Z]/g) ?? []).length >= 2;
}
