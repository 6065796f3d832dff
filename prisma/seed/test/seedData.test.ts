import { describe, expect, it } from "vitest";
import {
  buildSeedData,
  ILLUSTRATIVE_RELEASE,
  observationKey,
  REPORT_RELEASE,
  xmrLimits,
} from "../src/index.ts";
import { controlChart } from "./controlChart.ts";
import { seriesOf } from "./seriesOf.ts";

const data = buildSeedData();

describe("generation", () => {
  it("is deterministic: two builds are identical", () => {
    expect(JSON.stringify(buildSeedData())).toBe(JSON.stringify(data));
  });

  it("marks every generated value illustrative and every report value not", () => {
    for (const o of data.observations) {
      expect(o.illustrative).toBe(o.sourceRelease === ILLUSTRATIVE_RELEASE);
      expect([ILLUSTRATIVE_RELEASE, REPORT_RELEASE]).toContain(o.sourceRelease);
    }
    expect(data.observations.filter((o) => o.illustrative).length).toBeGreaterThan(1500);
  });

  it("has one observation per natural key, and one monthly point per month in each series", () => {
    const keys = data.observations.map(observationKey);
    expect(new Set(keys).size).toBe(keys.length);
    const plain = data.observations
      .filter((o) => o.breakdown === "")
      .map((o) => `${o.metricId}|${o.area}|${o.periodEnd}`);
    expect(new Set(plain).size).toBe(plain.length);
  });

  it("refers only to known metrics, areas, comparators and months", () => {
    const metrics = new Set(data.metrics.map((m) => m.id));
    const areas = new Set(data.areas.map((a) => a.code));
    const comparators = new Set(data.comparators.map((c) => c.code));
    const months = new Set(data.reportingPeriods.filter((p) => p.kind === "MONTH").map((p) => p.code));
    for (const o of data.observations) {
      expect(metrics.has(o.metricId) && areas.has(o.area) && months.has(o.periodEnd)).toBe(true);
    }
    for (const b of data.benchmarks)
      expect(metrics.has(b.metricId) && comparators.has(b.comparator)).toBe(true);
    for (const s of data.scorecards)
      for (const section of s.sections)
        for (const id of section.metricIds) expect(metrics.has(id)).toBe(true);
    for (const id of metrics) expect(data.observations.some((o) => o.metricId === id)).toBe(true);
  });

  it("the generator's own limits agree with the domain's computeXmr", () => {
    const own = xmrLimits(seriesOf("drug-driving-arrests").values).at(-1)!;
    const domain = controlChart("drug-driving-arrests")("2023-03");
    expect(own.ucl).toBeCloseTo(domain.upper, 9);
    expect(own.lcl).toBeCloseTo(domain.lower, 9);
  });
});

describe("the report's words", () => {
  it("has the plan, the force, the peers named in the report and the quarter", () => {
    expect(data.plan.title).toBe("Police & Crime Plan 2022-25");
    expect(data.comparators.map((c) => c.code)).toEqual([
      "wiltshire",
      "warwickshire",
      "west-mercia",
      "msg-average",
      "england-wales",
    ]);
    expect(data.mostSimilarGroups[0]?.members).toEqual(["warwickshire", "west-mercia", "wiltshire"]);
    expect(data.reportingPeriods[0]).toMatchObject({
      code: "2023-Q-MAR-MAY",
      label: "March – May 23",
      start: "2023-03",
      end: "2023-05",
      dataMonth: "2023-03",
    });
  });

  it("has the four priorities, with outcomes, focus and risks as printed", () => {
    expect(data.priorities.map((p) => [p.number, p.title])).toEqual([
      [1, "A police service that meets the needs of its community"],
      [2, "Reduce violence and serious harm"],
      [3, "Tackle crimes that matter to local communities"],
      [4, "Improve the experience of victims and deliver justice"],
    ]);
    expect(data.priorities.map((p) => [p.outcomes.length, p.focus.length, p.risks.length])).toEqual([
      [5, 3, 2],
      [7, 4, 1],
      [5, 2, 1],
      [4, 3, 2],
    ]);
    for (const p of data.priorities)
      for (const text of [...p.outcomes, ...p.focus, ...p.risks]) expect(text).not.toMatch(/\n|\s{2,}/);
  });

  it("has the 12 deliverables with due dates as written and progress", () => {
    expect(data.deliverables.map((d) => [d.priority, d.due, d.progress])).toEqual([
      [1, "Q4 2023", 40],
      [1, "June 23", 50],
      [2, "Sept 2023", 60],
      [2, "April 23", 100],
      [2, "April 2023", 100],
      [2, "Sept 2023", 10],
      [3, "Mar 23", 95],
      [3, "April 23", 100],
      [3, "March 23", 100],
      [4, "Contract start April 2023", 95],
      [4, "Contract start April 2023", 95],
      [4, "April 23", 75],
    ]);
    expect(data.deliverables[1]?.note).toBe(
      "Unexpected vehicle delivery delays are continuing to cause setbacks",
    );
  });

  it("has a force score card per priority and the three CJS score cards with their source", () => {
    expect(data.scorecards.map((s) => [s.priority, s.kind, s.title])).toEqual([
      [1, "FORCE", "Score card"],
      [2, "FORCE", "Score card"],
      [3, "FORCE", "Score card"],
      [4, "FORCE", "Score card"],
      [4, "CJS", "Improving timeliness"],
      [4, "CJS", "Increasing victim engagement"],
      [4, "CJS", "Improving quality of justice"],
    ]);
    const cjs = data.scorecards.filter((s) => s.kind === "CJS");
    for (const s of cjs) expect(s.source).toBe("Criminal Justice System Delivery Data Dashboard - GOV.UK");
    expect(data.scorecards[0]?.sections.map((s) => s.title)).toEqual([
      "WAIT TO ANSWER & ABANDONMENT",
      "THRIVE+",
      "RESPONSE TIMES & RATES",
      "INTELLIGENCE",
      "OUTSTANDING SUSPECTS",
      "CRIME VOLUME",
      "INVESTIGATION",
      "PUBLIC CONFIDENCE AND CONSULTATION",
      "SERVICE DELIVERY",
    ]);
  });

  it("has every acronym of the Terminology table (34), the statistical words marked as added, and the governance tree", () => {
    expect(data.glossary.filter((g) => g.isFromReport !== false)).toHaveLength(34);
    const added = data.glossary.filter((g) => g.isFromReport === false).map((g) => g.acronym);
    expect(added).toEqual(
      expect.arrayContaining(["UCL", "LCL", "XmR", "Special cause", "Common cause", "Trend"]),
    );
    expect(data.glossary.find((g) => g.acronym === "THRIVE")?.meaning).toBe(
      "Threat, harm, risk, investigate, vulnerable, engagement and expectations",
    );
    const codes = new Set(data.governance.map((g) => g.code));
    for (const g of data.governance) if (g.parent) expect(codes.has(g.parent)).toBe(true);
  });

  it("states durations in seconds and the priority response SLA of 1 hour", () => {
    const metric = data.metrics.find((m) => m.id === "priority-response-mean");
    expect([metric?.unit, metric?.target, metric?.targetKind, metric?.targetLabel]).toEqual([
      "SECONDS",
      3600,
      "SLA",
      "SLA of 1 hour",
    ]);
    const crib = data.metrics.find((m) => m.id === "crib-answer-time");
    expect(crib?.processChanges).toEqual([{ month: "2022-09", label: "New 101 Operating Model" }]);
    const satisfaction = data.metrics.find((m) => m.id === "victim-satisfaction-overall");
    expect(satisfaction?.reportingLagMonths).toBe(1);
  });
});
