/** The page's three lists, in the order a reader scans them: figures, then deliverables, then risks. */
export type ChangeGroup = "figures" | "deliverables" | "risks";

export function groupOf(kind: string): ChangeGroup {
  if (kind.startsWith("DELIVERABLE")) return "deliverables";
  if (kind.startsWith("RISK")) return "risks";
  return "figures";
}

/** Items split into the three lists, each keeping its order. */
export function groupChanges<T extends { kind: string }>(items: readonly T[]): Record<ChangeGroup, T[]> {
  const groups: Record<ChangeGroup, T[]> = { figures: [], deliverables: [], risks: [] };
  for (const item of items) groups[groupOf(item.kind)].push(item);
  return groups;
}
