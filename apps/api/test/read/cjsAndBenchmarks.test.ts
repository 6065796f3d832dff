import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import { graphqlOk, type Loose } from "../write/editorClient.ts";

// Expected values are the report's: /work/shared/seed/000_b1923a938e71491c.txt, the three
// "CJS Score card - Priority 4" pages (Oct to Dec 22 against Jul to Sep 22) and the benchmarking bullets.

const server = useTestServer();

const read = <T = Loose>(query: string, variables?: Record<string, unknown>) =>
  graphqlOk<T>(server, query, variables);

// [metric, the card's figure, its "Nationally …", the printed change, the API's change text].
const cards: [string, number, number, number, string][] = [
  ["cjs-days-to-charge", 63, 49, 15, "+15 days"], // "63 days UP 15 days from previous quarter. Nationally 49 days."
  ["cjs-days-cps-charge", 97, 47, 60, "+60 days"], // "97 days UP 60 days … Nationally 47 days."
  ["cjs-days-crown-court", 181, 250, -17, "-17 days"], // "181 days Down 17 days … Nationally 250 days."
  ["cjs-victim-not-support-police-action", 25, 28, 5, "+5.0pp"], // "25% Up 5 percentage points … Nationally 28%."
  ["cjs-victim-withdraws-day-of-trial", 1.8, 1.1, -1, "-1.0pp"], // "1.8% Down 1.0 percentage point … Nationally 1.1%"
  ["cjs-cases-stopped-victim-withdraws", 11, 15, 0, "no change"], // "11% No change … Nationally 15%"
  ["cjs-successful-outcome", 9, 8, -2, "-2.0pp"], // "9% Down 2 percentage points … Nationally 8%"
  ["cjs-completed-trial-or-guilty-plea", 92, 86, -3, "-3.0pp"], // "92% Down 3 percentage points … Nationally 86%"
  ["cjs-correct-charge-decisions", 100, 97, 0, "no change"], // "100% No change … Nationally 97%"
];

const CJS_FIELDS = `id spc { status signals { rule } segments { lower upper } }
  latest { value periodStart periodEnd }
  change { changeBasis text difference periodLabel baseLabel against }
  benchmarkPosition { national forceValue periodLabel comparedWith msgRank nationalRank nationalQuartile text }`;

describe("CJS score cards as the report shows them", () => {
  it.each(cards)(
    "%s: %d, nationally %d, change %d on the previous quarter",
    async (id, value, national, change, text) => {
      const { metric } = await read(`query ($id: ID!) { metric(id: $id) { ${CJS_FIELDS} } }`, { id });
      expect(metric.latest).toMatchObject({ value, periodStart: "2022-10", periodEnd: "2022-12" });
      expect(metric.change).toMatchObject({
        changeBasis: "PREVIOUS_QUARTER",
        text,
        periodLabel: "Oct to Dec 22",
        baseLabel: "Jul to Sep 22",
        against: "on the previous quarter (Jul to Sep 22)",
      });
      expect(metric.change.difference).toBeCloseTo(change, 10);
      // The national figure comes from the API alone, for the same quarter as the force's.
      expect(metric.benchmarkPosition).toMatchObject({
        national,
        forceValue: value,
        periodLabel: "Oct to Dec 22",
        comparedWith: "England & Wales",
        // One force against a national figure: no rank or quartile to speak of.
        msgRank: null,
        nationalRank: null,
        nationalQuartile: null,
      });
      // Two quarters cannot carry control limits or special-cause signals.
      expect(metric.spc.status).toBe("TREND_ONLY");
      expect(metric.spc.signals).toEqual([]);
      expect(metric.spc.segments.every((s: Loose) => s.lower === null && s.upper === null)).toBe(true);
    },
  );

  it("each CJS page's bullets sit in the order of its measures", async () => {
    const { cjsScorecards } = await read(
      `{ cjsScorecards { title sections { metrics { id } commentary { text } } } }`,
    );
    const engagement = cjsScorecards.find((c: Loose) => c.title === "Increasing victim engagement")
      .sections[0];
    // "Cases in which the victim or witness no longer supports prosecution on the day of trial": 1.8%
    // against 1.1% nationally, down 1.0 point — the "decline … slightly above the national average" bullet;
    // "Cases stopped …": 11%, no change, 15% nationally — the "no change … below the national average" bullet.
    expect(engagement.metrics.map((m: Loose) => m.id)).toEqual([
      "cjs-victim-not-support-police-action",
      "cjs-victim-withdraws-day-of-trial",
      "cjs-cases-stopped-victim-withdraws",
    ]);
    expect(engagement.commentary[1].text).toMatch(/decline .* slightly above the national average/);
    expect(engagement.commentary[2].text).toMatch(
      /no change Jul – Sept 22 to Oct – Dec 22, .* below the national/,
    );
    const quality = cjsScorecards.find((c: Loose) => c.title === "Improving quality of justice").sections[0];
    // "Cases which resulted in a completed trial or guilty plea": 92%, down 3 — "a decrease in … completed
    // trial or guilty plea"; "decisions to charge and proceed … correct": 100%, no change — "no change … correct".
    expect(quality.metrics.map((m: Loose) => m.id)).toEqual([
      "cjs-successful-outcome",
      "cjs-completed-trial-or-guilty-plea",
      "cjs-correct-charge-decisions",
    ]);
    expect(quality.commentary[1].text).toMatch(
      /decrease in the volumes of cases that resulted in a completed trial/,
    );
    expect(quality.commentary[2].text).toMatch(/no change in the volume of cases where a decision to charge/);
  });
});

describe("benchmark positions name their real comparators", () => {
  const POSITION = `benchmarks { id } benchmarkPosition { comparedWith forceValue forcePeriodLabel forceLower forceUpper
    national msgAverage msgRank msgRankOutOf nationalRank nationalRankOutOf periodLabel text }`;

  it("every metric with benchmarks has a position, so its page is linked", async () => {
    const { metrics } = await read(`{ metrics { id ${POSITION} } }`);
    const withBenchmarks = metrics.filter((m: Loose) => m.benchmarks.length > 0);
    // 9 CJS measures, crimes per 1000, 3 CSEW measures and 4 victim satisfaction measures.
    expect(withBenchmarks.length).toBe(17);
    for (const m of withBenchmarks) expect(m.benchmarkPosition, m.id).not.toBeNull();
  });

  it("CSEW confidence in local police: England & Wales, with Wiltshire's interval", async () => {
    const { metric } = await read(`{ metric(id: "csew-confidence-local-police") { ${POSITION} } }`);
    // "Wiltshire = 76.8% (+/- 3.9% pts equates from 72.9% - 80.7%)", "England & Wales = 68.5% (+/- 0.8%pts)".
    expect(metric.benchmarkPosition).toMatchObject({
      comparedWith: "England & Wales",
      forceValue: 76.8,
      forceLower: 72.9,
      forceUpper: 80.7,
      national: 68.5,
      periodLabel: "12 months to Dec-22",
      nationalRank: null,
    });
  });

  it("burglary satisfaction: the two MSG forces by name, no rank among three", async () => {
    const { metric } = await read(`{ metric(id: "victim-satisfaction-burglary") { ${POSITION} } }`);
    // "Burglary satisfaction is 81.4%": "Warwickshire (MSF) = 74%", "West Mercia (MSF) = 83.8%" (12 months to Dec 22).
    expect(metric.benchmarkPosition).toMatchObject({
      comparedWith: "MSG forces (Warwickshire, West Mercia)",
      forceValue: 81.4,
      forcePeriodLabel: "Feb-23",
      msgRank: null,
    });
    expect(metric.benchmarkPosition.text).toContain("Warwickshire 74.0%, West Mercia 83.8%");
  });

  it("crimes per 1000: the MSG average and the stated national rank", async () => {
    const { metric } = await read(`{ metric(id: "crimes-per-1000") { ${POSITION} } }`);
    // "Wiltshire remains the lowest force nationally for crimes per 1000 population at 58.61 with an MSG average of 72.20."
    expect(metric.benchmarkPosition).toMatchObject({
      comparedWith: "the MSG average and all 43 forces nationally",
      forceValue: 58.61,
      msgAverage: 72.2,
      nationalRank: 1,
      nationalRankOutOf: 43,
    });
  });
});
