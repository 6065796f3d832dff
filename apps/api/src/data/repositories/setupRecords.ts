// The setup repositories' rows as the plain records services see (no Prisma model crosses the line).
import { isoDateOf, monthKeyOf } from "@pcc/domain";
import type {
  Comparator,
  GlossaryTerm,
  MostSimilarGroup,
  Plan,
  Priority,
  ReportingPeriod,
  Scorecard,
} from "../generated/prisma/client.ts";
import type {
  ComparatorRecord,
  GlossaryTermRecord,
  MostSimilarGroupRecord,
  PlanRecord,
  PriorityRecord,
  ReportingPeriodRecord,
  ScorecardRecord,
} from "../records.ts";

export const toComparatorRecord = (c: Comparator): ComparatorRecord => ({
  id: c.id,
  code: c.code,
  name: c.name,
  kind: c.kind,
  isHomeForce: c.isHomeForce,
  population: c.population,
});

export const toPlanRecord = (p: Plan & { force: Comparator }): PlanRecord => ({
  id: p.id,
  code: p.code,
  title: p.title,
  startYear: p.startYear,
  endYear: p.endYear,
  forceName: p.force.name,
});

export const toPriorityRecord = (p: Priority): PriorityRecord => ({
  id: p.id,
  planId: p.planId,
  number: p.number,
  title: p.title,
});

export const toQuarterRecord = (q: ReportingPeriod): ReportingPeriodRecord => ({
  id: q.id,
  code: q.code,
  label: q.label,
  kind: q.kind,
  start: monthKeyOf(q.startDate),
  end: monthKeyOf(q.endDate),
  dataMonth: monthKeyOf(q.dataMonth ?? q.endDate),
  status: q.status,
  publishedAt: q.publishedAt?.toISOString() ?? null,
  openedFromId: q.openedFromId,
  planId: q.planId,
  version: q.version,
});

export const toScorecardRecord = (s: Scorecard): ScorecardRecord => ({
  id: s.id,
  priorityId: s.priorityId,
  title: s.title,
  kind: s.kind,
  position: s.position,
  source: s.source,
  sourceUrl: s.sourceUrl,
});

export const toGlossaryTermRecord = (t: GlossaryTerm): GlossaryTermRecord => ({
  acronym: t.acronym,
  meaning: t.meaning,
  isFromReport: t.isFromReport,
});

export const toMostSimilarGroupRecord = (
  g: MostSimilarGroup & { members: { comparatorId: number }[] },
): MostSimilarGroupRecord => ({
  id: g.id,
  homeForceId: g.homeForceId,
  publisher: g.publisher,
  label: g.label,
  validFrom: isoDateOf(g.validFrom),
  validTo: g.validTo ? isoDateOf(g.validTo) : null,
  note: g.note,
  memberIds: g.members.map((m) => m.comparatorId),
});
