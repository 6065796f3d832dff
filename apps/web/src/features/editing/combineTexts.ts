/** The starting text for a merge: both texts, theirs first, so neither is lost. */
export function combineTexts(theirs: string | null, mine: string | null): string {
  const a = (theirs ?? "").trim();
  const b = (mine ?? "").trim();
  if (a === b || b === "" || a.includes(b)) return a;
  if (a === "" || b.includes(a)) return b;
  return `${a}\n${b}`;
}
