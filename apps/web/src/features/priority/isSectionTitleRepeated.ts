/**
 * Whether a scorecard's one section carries the scorecard's own title, as each of Priority 4's CJS
 * scorecards does ("Improving timeliness" › "Improving timeliness"): the section heading then only
 * repeats the one above it and is left out. Compared without case or surrounding spaces, since
 * section titles are printed in capitals.
 * Example: isSectionTitleRepeated({ title: "Score card", sections: [{ title: "PUBLIC CONSULTATION" }] }) → false.
 */
export function isSectionTitleRepeated(card: {
  title: string;
  sections: readonly { title: string }[];
}): boolean {
  const [only, ...others] = card.sections;
  return only !== undefined && others.length === 0 && sameWords(only.title, card.title);
}

function sameWords(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase("en-GB") === b.trim().toLocaleLowerCase("en-GB");
}
