/** What a benchmark is set against, as the comparators' own names give it. */
export interface ComparedWithInput {
  /** Most similar group forces with a published figure, other than the force itself. */
  peerNames: readonly string[];
  hasMsgAverage: boolean;
  /** The national comparator's name ("England & Wales"), where a national figure is given. */
  nationalName?: string | null;
  /** How many forces the force is ranked among nationally (stated or computed), where no national figure is given. */
  nationalForceCount?: number | null;
}

const joinWithAnd = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;

/**
 * The comparators in words, for a title "…: compared with England & Wales". Names the peer forces the
 * figures come from rather than "MSG forces" in general, since the report prints only some of the group.
 * @example comparedWith({ peerNames: ["Warwickshire", "West Mercia"], hasMsgAverage: false })
 *   // "MSG forces (Warwickshire, West Mercia)"
 * @example comparedWith({ peerNames: [], hasMsgAverage: true, nationalForceCount: 43 })
 *   // "the MSG average and all 43 forces nationally"
 */
export function comparedWith(input: ComparedWithInput): string {
  const parts: string[] = [];
  if (input.peerNames.length > 0) parts.push(`MSG forces (${input.peerNames.join(", ")})`);
  if (input.hasMsgAverage) parts.push("the MSG average");
  if (input.nationalName) parts.push(input.nationalName);
  else if (input.nationalForceCount) parts.push(`all ${input.nationalForceCount} forces nationally`);
  return parts.length > 0 ? joinWithAnd(parts) : "no other force";
}
