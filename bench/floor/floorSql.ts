// The SQL the floor runs: the same rows our API reads, fetched as directly as PostgreSQL allows.
// Months come back as 'YYYY-MM' text, the API's Month scalar, so no Date objects are built.

export const floorSql = {
  dashboardMetrics: `
  SELECT sc.id AS "scorecardId", sc.title AS "scorecardTitle", s.id AS "sectionId", s.title AS "sectionTitle",
         m.id, m.name, m.unit
  FROM "Priority" p
  JOIN "Scorecard" sc ON sc."priorityId" = p.id
  JOIN "ScorecardSection" s ON s."scorecardId" = sc.id
  JOIN "SectionMetric" sm ON sm."sectionId" = s.id
  JOIN "Metric" m ON m.id = sm."metricId"
  WHERE p.number = $1
  ORDER BY sc.position, s.position, sm.position`,

  // The headline series, chosen as the API chooses it: force-wide without breakdown where there is one,
  // else the first area without breakdown, else the first series recorded.
  headlineObservations: `
  WITH headline AS (
    SELECT DISTINCT ON (o."metricId") o."metricId", o."areaId", o.breakdown
    FROM "Observation" o JOIN "Area" a ON a.id = o."areaId"
    WHERE o."metricId" = ANY($1)
    ORDER BY o."metricId", (a.code = $2 AND o.breakdown = '') DESC, (o.breakdown = '') DESC, o.id
  )
  SELECT o."metricId", to_char(o."periodEnd", 'YYYY-MM') AS "periodEnd", o.value
  FROM "Observation" o JOIN headline h USING ("metricId", "areaId", breakdown)
  ORDER BY o."metricId", o."periodEnd"`,

  metric: `
  SELECT id, name, unit, polarity, target, "targetKind", "targetLabel" FROM "Metric" WHERE id = $1`,

  observations: `
  SELECT o.id, a.code AS area, o.breakdown, to_char(o."periodStart", 'YYYY-MM') AS "periodStart",
         to_char(o."periodEnd", 'YYYY-MM') AS "periodEnd", o.value, o."ciLower" AS lower, o."ciUpper" AS upper,
         o."isIllustrative" AS illustrative, o.note
  FROM "Observation" o JOIN "Area" a ON a.id = o."areaId"
  WHERE o."metricId" = $1
  ORDER BY a.position, o.breakdown, o."periodEnd"`,

  benchmarks: `
  SELECT b.id, c.code AS "comparatorCode", c.name AS "comparatorName", c.kind AS "comparatorKind",
         to_char(b."periodStart", 'YYYY-MM') AS "periodStart", to_char(b."periodEnd", 'YYYY-MM') AS "periodEnd",
         b.value, b."ciLower" AS lower, b."ciUpper" AS upper, b.rank, b."rankOutOf", b.source
  FROM "Benchmark" b JOIN "Comparator" c ON c.id = b."comparatorId"
  WHERE b."metricId" = $1
  ORDER BY b."periodEnd", c.id`,

  processChanges: `
  SELECT to_char(month, 'YYYY-MM') AS month, label FROM "ProcessChange" WHERE "metricId" = $1 ORDER BY month`,

  narrative: `
  SELECT key, text, status FROM "NarrativeSentence" WHERE "metricId" = $1 ORDER BY "reportingPeriodId" DESC, key`,
};
