import type { ObservationRecord } from "../../data/records.ts";

export interface SeriesChoice {
  area?: string | null;
  breakdown?: string | null;
}

/**
 * The observations of one series (area + breakdown). With no choice it is the headline series:
 * force-wide without breakdown where there is one, else the first series recorded.
 */
export function selectSeries(
  observations: ObservationRecord[],
  choice: SeriesChoice = {},
): ObservationRecord[] {
  const area = choice.area ?? headlineArea(observations);
  const breakdown = choice.breakdown ?? (choice.area ? "" : headlineBreakdown(observations, area));
  return observations.filter((o) => o.area === area && o.breakdown === breakdown);
}

function headlineArea(observations: ObservationRecord[]): string {
  if (observations.some((o) => o.area === "force" && o.breakdown === "")) return "force";
  return observations.find((o) => o.breakdown === "")?.area ?? observations[0]?.area ?? "force";
}

function headlineBreakdown(observations: ObservationRecord[], area: string): string {
  const inArea = observations.filter((o) => o.area === area);
  return inArea.some((o) => o.breakdown === "") ? "" : (inArea[0]?.breakdown ?? "");
}
