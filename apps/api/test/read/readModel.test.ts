import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import type { Loose } from "../write/editorClient.ts";

// Expected values come from the seeded report: /work/shared/seed/000_b1923a938e71491c.txt
// (Wiltshire Quarterly PCC Highlight Report, March – May 23; data to Mar-23).

const server = useTestServer();

async function read<T = Loose>(query: string, variables?: Record<string, unknown>) {
  const result = await server.graphql<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

describe("plan, priorities and periods", () => {
  it("names the plan and force", async () => {
    const { plan } = await read(`{ plan { id title forceName startYear endYear } }`);
    // Report: "Police & Crime Plan 2022-25", Wiltshire Police.
    expect(plan).toMatchObject({
      title: "Police & Crime Plan 2022-25",
      forceName: "Wiltshire Police",
      startYear: 2022,
      endYear: 2025,
    });
  });

  it("lists four priorities in order, and finds one by number", async () => {
    const data = await read(
      `{ priorities { number title } priority(number: 4) { number title } missing: priority(number: 99) { id } }`,
    );
    expect(data.priorities.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4]);
    // Report line 714: "Priority 4: Improve the experience of victims and deliver justice".
    expect(data.priority.title).toBe("Improve the experience of victims and deliver justice");
    expect(data.missing).toBeNull();
  });

  it("has the March – May 23 quarter as the current period, with data to Mar-23", async () => {
    const data = await read(`{ currentPeriod { code label kind start end dataMonth }
      quarters: reportingPeriods(kind: QUARTER) { code kind } months: reportingPeriods(kind: MONTH) { kind } }`);
    expect(data.currentPeriod).toMatchObject({
      code: "2023-Q-MAR-MAY",
      kind: "QUARTER",
      dataMonth: "2023-03",
    });
    expect(data.quarters[0].code).toBe("2023-Q-MAR-MAY");
    expect(data.months.every((p: { kind: string }) => p.kind === "MONTH")).toBe(true);
  });

  it("gives a priority's outcomes, focus, risks and deliverables", async () => {
    const { priority } = await read(`{ priority(number: 1) {
      outcomes { id kind text position retired version updatedAt priorityNumber period { code } }
      focus { kind } risks { kind text }
      deliverables { id action due dueDate progress note version status retired priorityNumber updatedAt } } }`);
    // Report line 3ff: priority 1's first outcome.
    expect(priority.outcomes[0]).toMatchObject({
      kind: "OUTCOME",
      text: "New CC commenced fortnightly updates to PCC which are made public.",
      priorityNumber: 1,
      period: { code: "2023-Q-MAR-MAY" },
      retired: false,
    });
    expect(priority.outcomes.map((s: { position: number }) => s.position)).toEqual([
      ...priority.outcomes.keys(),
    ]);
    expect(priority.risks[0].text).toBe("Demand planning, capability and capacity within the Force.");
    expect(priority.focus.every((s: { kind: string }) => s.kind === "FOCUS")).toBe(true);
    // Report "Deliverables Progress": due "Q4 2023" at 40% → last day of the quarter.
    expect(priority.deliverables[0]).toMatchObject({ due: "Q4 2023", dueDate: "2023-12-31", progress: 40 });
  });

  it("an unknown period code is a BAD_USER_INPUT error", async () => {
    const result = await server.graphql(`{ priority(number: 1) { outcomes(period: "1999-Q-NONE") { id } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("scorecards", () => {
  it("nests scorecards, sections, metrics and commentary", async () => {
    const { priority } =
      await read(`{ priority(number: 1) { scorecards { id title kind position source sourceUrl
      sections { id title position metrics { id } commentary { id text position origin retired version updatedAt } } } } }`);
    const section = priority.scorecards[0].sections[0];
    expect(section.title).toBe("WAIT TO ANSWER & ABANDONMENT");
    expect(section.metrics[0].id).toBe("abandonment-rate-101");
    // Report: "101 abandonment rate is 7.5% for Mar-23".
    expect(section.commentary[0]).toMatchObject({
      text: "101 abandonment rate is 7.5% for Mar-23",
      origin: "REPORT",
    });
  });

  it("lists the CJS scorecards of priority 4", async () => {
    const { cjsScorecards } = await read(`{ cjsScorecards { title kind sections { metrics { id } } } }`);
    // Report lines 769, 833, 894: three CJS score cards.
    expect(cjsScorecards).toHaveLength(3);
    expect(cjsScorecards.every((s: { kind: string }) => s.kind === "CJS")).toBe(true);
  });

  it("summarises a priority for its overview card", async () => {
    const { priority } =
      await read(`{ priority(number: 1) { summary { metricCount concernCount improvementCount
      slaBreachCount deliverablesComplete deliverablesOnTrack deliverablesAtRisk deliverablesOverdue openRiskCount }
      risks { id } deliverables { id } } }`);
    const s = priority.summary;
    expect(s.metricCount).toBeGreaterThan(20);
    expect(s.openRiskCount).toBe(priority.risks.length);
    const statuses =
      s.deliverablesComplete + s.deliverablesOnTrack + s.deliverablesAtRisk + s.deliverablesOverdue;
    expect(statuses).toBe(priority.deliverables.length);
    // The priority response mean is over its SLA of 1 hour in Mar-23 (report: "1:54:53").
    expect(s.slaBreachCount).toBeGreaterThanOrEqual(1);
  });
});

describe("metrics", () => {
  it("searches metrics by name, id and family", async () => {
    const data = await read(`{ all: metrics { id } found: metrics(search: "ABANDONMENT") { id } }`);
    expect(data.all.length).toBeGreaterThan(50);
    expect(data.found.map((m: { id: string }) => m.id)).toEqual(["abandonment-rate-101"]);
  });

  it("describes a metric with its placement, related metrics and process changes", async () => {
    const { metric, missing } =
      await read(`{ metric(id: "priority-response-mean") { id name description unit polarity
      basis family statistic target targetKind targetLabel dataSource sourceUrl reportingLagMonths lagNote dataCaptureStart
      isSurvey version priorityNumber sectionTitle related { id } processChanges { month label } }
      missing: metric(id: "no-such-metric") { id } }`);
    expect(metric).toMatchObject({
      unit: "SECONDS",
      target: 3600,
      targetKind: "SLA",
      priorityNumber: 1,
      statistic: "mean",
    });
    expect(metric.related.map((m: { id: string }) => m.id)).toContain("priority-response-median");
    expect(missing).toBeNull();
    const { metric: cch } = await read(
      `{ metric(id: "cch-answer-time") { processChanges { month label } } }`,
    );
    // Report: "Sep-22 - the introduction of a new 101 Operating Model".
    expect(cch.processChanges).toContainEqual({ month: "2022-09", label: "New 101 Operating Model" });
  });

  it("returns observations filtered by range and area, and the same as arrays", async () => {
    const { metric } = await read(`{ metric(id: "abandonment-rate-101") {
      seriesKeys { area { code name } breakdown label count }
      observations(from: "2023-01", to: "2023-03") { id periodStart periodEnd value lower upper numerator denominator
        illustrative area breakdown sourceRelease note version }
      series(from: "2023-01", to: "2023-03") { area breakdown periods values lower upper illustrative }
      latest { periodEnd value } } }`);
    expect(metric.seriesKeys[0]).toMatchObject({ area: { code: "force" }, breakdown: "", count: 48 });
    expect(metric.observations.map((o: { periodEnd: string }) => o.periodEnd)).toEqual([
      "2023-01",
      "2023-02",
      "2023-03",
    ]);
    expect(metric.series.periods).toEqual(["2023-01", "2023-02", "2023-03"]);
    expect(metric.series.values).toEqual(metric.observations.map((o: { value: number }) => o.value));
    // Report: "101 abandonment rate is 7.5% for Mar-23".
    expect(metric.latest).toEqual({ periodEnd: "2023-03", value: 7.5 });
  });

  it("filters observations by area for a metric reported per hub", async () => {
    const { metric } = await read(`{ metric(id: "intelligence-reports") {
      swindon: observations(area: "swindon") { area } series(area: "swindon") { area values } } }`);
    expect(metric.swindon.length).toBe(48);
    expect(metric.swindon.every((o: { area: string }) => o.area === "swindon")).toBe(true);
    expect(metric.series.area).toBe("swindon");
  });

  it("computes the XmR chart with a recalculation at the declared process change", async () => {
    const { metric } = await read(`{ metric(id: "cch-answer-time") { spc { status message variation assurance
      segments { start end centre lower upper lowerTwoSigma upperTwoSigma meanMovingRange isTrial label }
      points { periodEnd value special rules signal } signals { rule direction from to classification }
      settings { runLength trendLength twoOfThreeRule screenMovingRanges } } } }`);
    const { segments, points } = metric.spc;
    expect(segments.map((s: { start: string }) => s.start)).toEqual(["2019-04", "2022-09"]);
    expect(segments[1]).toMatchObject({ label: "New 101 Operating Model", isTrial: true });
    expect(points.at(-1)).toMatchObject({ periodEnd: "2023-03", value: 48 });
    for (const s of segments) expect(s.upper - s.centre).toBeCloseTo(s.centre - s.lower, 6);
  });

  it("flags the abandonment rate's Mar-23 point beyond the upper limit as a concern", async () => {
    const { metric } = await read(`{ metric(id: "abandonment-rate-101") { spc(period: "2023-03") {
      variation points { periodEnd special rules signal } } } }`);
    const march = metric.spc.points.find((p: { periodEnd: string }) => p.periodEnd === "2023-03");
    expect(march).toMatchObject({ special: true, signal: "CONCERN" });
    expect(march.rules[0]).toBe("OUTSIDE_LIMITS");
    expect(metric.spc.variation).toBe("CONCERN_HIGH");
  });

  it("compares year on year, with the previous 3 months, mean with median and rolling with discrete", async () => {
    const data = await read(`{
      crime: metric(id: "crime-volume") { comparisons { period value
        yearOnYear { base difference percent expressedAs significant text }
        previousThreeMonths { text } rollingVsDiscrete { rolling discrete rollingMetricId discreteMetricId note } } }
      response: metric(id: "priority-response-mean") { comparisons { meanVsMedian { mean median meanMetricId medianMetricId note } } }
      fat: metric(id: "fat-rate-overall-discrete") { comparisons { rollingVsDiscrete { rolling discrete rollingMetricId discreteMetricId } } }
      crimeRate: metric(id: "crimes-per-1000") { comparisons { rollingVsDiscrete { discrete } } } }`);
    // A volume changes in percent, year on year over 12 months: the 12 months to Mar-23 against the 12
    // months to Mar-22, summed ("Crime commission to Mar-23 is showing an increase of 6.1% YoY").
    const yoy = data.crime.comparisons.yearOnYear;
    expect(yoy.expressedAs).toBe("PERCENT");
    expect(yoy.base).toBeGreaterThan(data.crime.comparisons.value * 11);
    expect(yoy.percent).toBeCloseTo((yoy.difference / yoy.base) * 100, 6);
    expect(yoy.text).toBe("+6.1%");
    // Report, priority 1 score card: the overall FAT rate as rolling 12 months and as discrete month.
    expect(data.fat.comparisons.rollingVsDiscrete).toMatchObject({
      rollingMetricId: "fat-rate-overall-r12",
      discreteMetricId: "fat-rate-overall-discrete",
    });
    // Crimes per 1000 (a rate, rolling 12 months only) has no discrete month: crime volume is a count.
    expect(data.crime.comparisons.rollingVsDiscrete).toBeNull();
    expect(data.crimeRate.comparisons.rollingVsDiscrete).toBeNull();
    expect(data.response.comparisons.meanVsMedian).toMatchObject({
      meanMetricId: "priority-response-mean",
      medianMetricId: "priority-response-median",
    });
    expect(data.response.comparisons.meanVsMedian.mean).toBeGreaterThan(
      data.response.comparisons.meanVsMedian.median,
    );
  });

  it("drafts narrative sentences in the report's register", async () => {
    const { metric } =
      await read(`{ metric(id: "abandonment-rate-101") { narrative { key id generatedText text status
      generatorVersion isStale version } } }`);
    const latest = metric.narrative.find((s: { key: string }) => s.key === "latest");
    // Report: "101 abandonment rate is 7.5% for Mar-23".
    expect(latest).toMatchObject({
      text: "101 abandonment rate is 7.5% for Mar-23",
      status: "DRAFT",
      id: null,
      version: 0,
      isStale: false,
    });
  });

  it("lists exceptions most severe first", async () => {
    const { exceptions } = await read(
      `{ exceptions { metric { id } priorityNumber severity reasons variation assurance latest { periodEnd } } }`,
    );
    expect(exceptions.length).toBeGreaterThan(0);
    const severities = exceptions.map((e: { severity: number }) => e.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(exceptions.every((e: { reasons: string[] }) => e.reasons.length > 0)).toBe(true);
    // The priority response mean breaches its SLA of 1 hour in Mar-23 (report: 1:54:53).
    const response = exceptions.find(
      (e: { metric: { id: string } }) => e.metric.id === "priority-response-mean",
    );
    expect(response.reasons).toContain("Mar-23: 1:54:53 breaches the 1-hour SLA");
    // Reasons are read aloud in meetings: months as the report writes them, rules in plain words.
    const allReasons = exceptions.flatMap((e: { reasons: string[] }) => e.reasons).join("\n");
    expect(allReasons).not.toMatch(/\d{4}-\d{2}|_/);
    expect(allReasons).toMatch(
      /Concern: (a rising|a falling) trend, [A-Z][a-z]{2}-\d{2} to [A-Z][a-z]{2}-\d{2}/,
    );
  });
});

describe("benchmarking and reference data", () => {
  it("states the force's position nationally", async () => {
    const { metric } =
      await read(`{ metric(id: "crimes-per-1000") { benchmarks { id comparator { code kind } periodStart periodEnd
      value lower upper rank rankOutOf source note illustrative }
      benchmarkPosition { periodEnd forceValue msgRank msgRankOutOf msgQuartile nationalRank nationalRankOutOf
        nationalQuartile msgAverage differenceFromMsgAverage national differenceFromNational text } } }`);
    // Report line 199: "the lowest force nationally for crimes per 1000 population at 58.61 with an MSG average of 72.20".
    expect(metric.benchmarkPosition).toMatchObject({ forceValue: 58.61, msgAverage: 72.2, nationalRank: 1 });
    expect(metric.benchmarkPosition.text.toLowerCase()).toContain("lowest force nationally");
  });

  it("lists comparators, most similar groups, glossary, governance and areas", async () => {
    const data = await read(`{ comparators { id code name kind isHomeForce population }
      mostSimilarGroups { id publisher label validFrom validTo note homeForce { code } members { code } }
      glossary { acronym meaning } governance { id code name kind description period children { code children { code } } }
      areas { code name } }`);
    expect(
      data.comparators
        .filter((c: { isHomeForce: boolean }) => c.isHomeForce)
        .map((c: { code: string }) => c.code),
    ).toEqual(["wiltshire"]);
    expect(data.mostSimilarGroups[0].homeForce.code).toBe("wiltshire");
    expect(data.mostSimilarGroups[0].members.length).toBeGreaterThanOrEqual(2);
    expect(data.glossary.map((g: { acronym: string }) => g.acronym)).toContain("CCH");
    expect(data.governance[0].children.length).toBeGreaterThan(0);
    expect(data.areas.map((a: { code: string }) => a.code)).toEqual(
      expect.arrayContaining(["force", "county", "swindon"]),
    );
  });

  it("answers health with a database round trip", async () => {
    const { health } = await read(`{ health { ok database databaseKind } }`);
    expect(health).toMatchObject({ ok: true, database: true });
  });
});

describe("deliverables", () => {
  it("lists by priority and finds one by id", async () => {
    const data = await read(`{ deliverables(priority: 1) { id priorityNumber } all: deliverables { id }
      one: deliverable(id: "1") { id action } none: deliverable(id: "999999") { id } bad: deliverable(id: "x") { id } }`);
    expect(data.deliverables.every((d: { priorityNumber: number }) => d.priorityNumber === 1)).toBe(true);
    expect(data.all.length).toBeGreaterThan(data.deliverables.length);
    expect(data.one.id).toBe("1");
    expect(data.none).toBeNull();
    expect(data.bad).toBeNull();
  });
});
