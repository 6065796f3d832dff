import { NARRATIVE_GENERATOR_VERSION } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, NarrativeRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { draftMetricNarrative } from "./draftMetricNarrative.ts";

export interface NarrativeView {
  key: string;
  id: string | null;
  generatedText: string;
  text: string;
  status: NarrativeRecord["status"];
  generatorVersion: string;
  isStale: boolean;
  /** True when the figures the sentence rests on include illustrative months. */
  illustrative: boolean;
  version: number;
}

export function presentSaved(
  saved: NarrativeRecord,
  draft: { text: string; illustrative: boolean } | null,
): NarrativeView {
  const draftText = draft?.text ?? null;
  return {
    key: saved.key,
    id: String(saved.id),
    generatedText: draftText ?? saved.generatedText,
    text: saved.text,
    status: saved.status,
    generatorVersion: saved.generatorVersion,
    // Accepted or edited against a draft the data no longer produces.
    isStale: draftText === null || saved.generatedText !== draftText,
    illustrative: draft?.illustrative ?? false,
    version: saved.version,
  };
}

/** Drafted sentences merged with what the performance team saved for this metric and period. */
export async function getNarrative(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  periodCode?: string | null,
): Promise<NarrativeView[]> {
  const period = await resolvePeriod(ctx, periodCode);
  const [drafts, stored] = await Promise.all([
    draftMetricNarrative(ctx, metric, period),
    ctx.loaders.narrativesByMetric.load(metric.id),
  ]);
  const saved = stored.filter((s) => s.reportingPeriodId === period.id);
  const views = drafts.map((d): NarrativeView => {
    const match = saved.find((s) => s.key === d.key);
    if (match) return presentSaved(match, d);
    const draft = { key: d.key, id: null, generatedText: d.text, text: d.text, status: "DRAFT" as const };
    return {
      ...draft,
      generatorVersion: NARRATIVE_GENERATOR_VERSION,
      isStale: false,
      illustrative: d.illustrative,
      version: 0,
    };
  });
  const orphans = saved.filter((s) => !drafts.some((d) => d.key === s.key)).map((s) => presentSaved(s, null));
  return [...views, ...orphans];
}
