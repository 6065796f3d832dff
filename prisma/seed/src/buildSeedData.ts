import { defaultChangeBasis } from "@pcc/domain";
import { buildReportingPeriods } from "./buildReportingPeriods.ts";
import { buildIllustrativeHistory } from "./history/buildIllustrativeHistory.ts";
import { observationKey } from "./observationKey.ts";
import { areas } from "./report/areas.ts";
import { benchmarks } from "./report/benchmarks.ts";
import { comparators } from "./report/comparators.ts";
import { deliverables } from "./report/deliverables.ts";
import { glossary } from "./report/glossary.ts";
import { governance } from "./report/governance.ts";
import { mostSimilarGroups } from "./report/mostSimilarGroups.ts";
import { plan } from "./report/plan.ts";
import { priorities } from "./report/priorities.ts";
import { priority1Metrics } from "./report/priority1Metrics.ts";
import { priority234Metrics } from "./report/priority234Metrics.ts";
import { REPORT_PERIOD_CODE } from "./report/REPORT_PERIOD_CODE.ts";
import { reportObservations } from "./report/reportObservations.ts";
import { scorecards } from "./report/scorecards.ts";
import { statisticalGlossary } from "./report/statisticalGlossary.ts";
import type { SeedData } from "./types.ts";

/**
 * The whole seed: the report's figures, and illustrative history wherever the report gives no value for a
 * month (a report figure always wins over a generated point with the same key).
 */
export function buildSeedData(): SeedData {
  const reported = new Set(reportObservations.map(observationKey));
  const illustrative = buildIllustrativeHistory().filter((o) => !reported.has(observationKey(o)));
  const observations = [...reportObservations, ...illustrative];
  const dataMonths = [...observations.map((o) => o.periodEnd), ...benchmarks.map((b) => b.periodEnd)];
  return {
    plan,
    comparators,
    mostSimilarGroups,
    areas,
    reportingPeriods: buildReportingPeriods(dataMonths),
    reportPeriodCode: REPORT_PERIOD_CODE,
    priorities,
    deliverables,
    scorecards,
    metrics: [...priority1Metrics, ...priority234Metrics].map((m) => ({
      ...m,
      changeBasis: m.changeBasis ?? defaultChangeBasis(m.basis, m.unit),
    })),
    observations,
    benchmarks,
    glossary: [...glossary, ...statisticalGlossary],
    governance,
  };
}
