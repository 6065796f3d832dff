import { NARRATIVE_GENERATOR_VERSION } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { NarrativeRecord } from "../../data/records.ts";
import type { NarrativeKey, NarrativeValues } from "../../data/repositories/narrativeRepository.ts";
import { conflict } from "../../errors.ts";
import { findStoredPeriod } from "../periods/findStoredPeriod.ts";
import { checkCorrectionReason } from "../quarters/correctionReason.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { draftMetricNarrative } from "./draftMetricNarrative.ts";
import { type NarrativeView, presentSaved } from "./getNarrative.ts";

export const SENTENCE_MAX = 2000;

export interface SaveNarrativeArgs {
  metricId: string;
  period: string;
  key: string;
  expectedVersion: number;
  /** Absent to accept the draft as generated. */
  text?: string;
  /** Why a sentence of a published quarter is corrected (required there). */
  reason?: string | null;
}

const snapshot = (n: NarrativeRecord) => ({ key: n.key, text: n.text, status: n.status, version: n.version });

/** Accepts or rewrites a drafted sentence; expectedVersion 0 means the draft was never saved. */
export async function saveNarrative(ctx: GraphQLContext, args: SaveNarrativeArgs): Promise<NarrativeView> {
  const viewer = requireEditor(ctx);
  const checks = new FieldChecks();
  const metric = await ctx.loaders.metricById.load(args.metricId);
  checks.check(metric !== null, "metricId", `metric ${args.metricId} does not exist`);
  const period = await findStoredPeriod(ctx, args.period, "period", checks);
  if (args.text !== undefined) checks.text(args.text, "text", SENTENCE_MAX);
  const reason = checkCorrectionReason(checks, period, args.reason);
  checks.throwIfAny();
  const drafts = await draftMetricNarrative(ctx, metric!, period!);
  const draft = drafts.find((d) => d.key === args.key);
  const key: NarrativeKey = { metricId: metric!.id, reportingPeriodId: period!.id, key: args.key };
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.narratives.find(key);
    checks.check(
      draft !== undefined || before !== null,
      "key",
      `no sentence ${args.key} for this metric and period`,
    );
    checks.throwIfAny();
    const generatedText = draft?.text ?? before!.generatedText;
    const values: NarrativeValues = {
      generatedText,
      text: args.text?.trim() ?? generatedText,
      status: args.text === undefined ? "ACCEPTED" : "EDITED",
      generatorVersion: NARRATIVE_GENERATOR_VERSION,
    };
    const isSaved =
      args.expectedVersion === 0
        ? await tx.narratives.create(key, values)
        : before !== null &&
          (await tx.narratives.updateIfVersion(before.id, args.expectedVersion, values)) === 1;
    const current = await tx.narratives.find(key);
    if (!isSaved) throw conflict("Narrative sentence", current ? presentSaved(current, draft ?? null) : null);
    await tx.audit.record({
      actor: viewer,
      action: args.text === undefined ? "narrative.accept" : "narrative.edit",
      entityType: "NarrativeSentence",
      entityId: current!.id,
      before: before ? snapshot(before) : null,
      after: snapshot(current!),
      reason,
      requestId: ctx.requestId,
    });
    return presentSaved(current!, draft ?? null);
  });
}
