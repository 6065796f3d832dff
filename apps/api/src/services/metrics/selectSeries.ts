import type { ObservationRecord } from "../../data/records.ts";

export interface SeriesChoice {
  area?: string | null;
  breakdown?: string | null;
}

// A metric's observations come from the cache kept per data version and are the same list object
// for every request at that version, so each series is picked from it once and kept beside it,
// living and dying with that entry (decision 0013). A dashboard asks for each headline series
// several times per metric (series, chart, tiles).
const picked = new WeakMap<ObservationRecord[], Map<string, ObservationRecord[]>>();

/**
 * The observations of one series (area + breakdown). With no choice it is the headline series:
 * force-wide without breakdown where there is one, else the first series recorded. The list is
 * shared between callers: filter or map it, never change it.
 */
export function selectSeries(
  observations: ObservationRecord[],
  choice: SeriesChoice = {},
): ObservationRecord[] {
  let byChoice = picked.get(observations);
  if (!byChoice) {
    byChoice = new Map();
    picked.set(observations, byChoice);
  }
  const key = JSON.stringify([choice.area ?? null, choice.breakdown ?? null]);
  let series = byChoice.get(key);
  if (!series) {
    series = pick(observations, choice);
    byChoice.set(key, series);
  }
  return series;
}

function pick(observations: ObservationRecord[], choice: SeriesChoice): ObservationRecord[] {
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
