interface Position {
  msgRank?: number | null;
  msgRankOutOf?: number | null;
  msgQuartile?: number | null;
  nationalRank?: number | null;
  nationalRankOutOf?: number | null;
  nationalQuartile?: number | null;
}

const ORDINAL = ["", "1st", "2nd", "3rd", "4th"];

/** Rank and quartile as short sentences: "3rd of 8 in the most similar group (1st quartile)". */
export function positionFacts(p: Position): string[] {
  const facts: string[] = [];
  const quartile = (q?: number | null) => (q ? ` (${ORDINAL[q] ?? q} quartile)` : "");
  if (p.msgRank && p.msgRankOutOf)
    facts.push(`${p.msgRank} of ${p.msgRankOutOf} in the most similar group${quartile(p.msgQuartile)}`);
  if (p.nationalRank && p.nationalRankOutOf)
    facts.push(`${p.nationalRank} of ${p.nationalRankOutOf} nationally${quartile(p.nationalQuartile)}`);
  return facts;
}
