import { describe, expect, it } from "vitest";
import { series } from "../../test/series.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";
import { computeXmr } from "../spc/computeXmr.ts";
import type { SpcInputPoint } from "../spc/SpcInputPoint.ts";
import type { XmrOptions } from "../spc/XmrOptions.ts";
import { draftNarrative } from "./draftNarrative.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

// Each case builds a small series that matches a statement of the Quarterly PCC Highlight Report
// (March–May 23) and checks the drafted sentence reads as the report does.
function draft(
  metricName: string,
  unit: MetricUnit,
  polarity: Polarity,
  points: SpcInputPoint[],
  extra: Partial<NarrativeInput> & { xmr?: Partial<XmrOptions> } = {},
) {
  const { xmr, ...rest } = extra;
  const spc = computeXmr(points, { polarity, basis: rest.basis, ...xmr });
  const input: NarrativeInput = {
    metricName,
    unit,
    polarity,
    basis: "DISCRETE_MONTH",
    period: "2023-03",
    series: points,
    spc,
    ...rest,
  };
  return Object.fromEntries(draftNarrative(input).map((s) => [s.key, s.text]));
}

const alternate = (n: number, a: number, b: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));

describe("draftNarrative reproduces the report's sentences", () => {
  it("latest: '101 abandonment rate is 7.5% for Mar-23'", () => {
    const s = draft(
      "101 abandonment rate",
      "PERCENT",
      "LOWER_IS_BETTER",
      series("2022-10", [6.9, 7.1, 8.2, 7.8, 6.5, 7.5]),
    );
    expect(s.latest).toBe("101 abandonment rate is 7.5% for Mar-23");
  });

  it("change, volumes: 'All Burglary to Mar-23 is reporting a 17.0% increase' (12 months against the 12 before)", () => {
    // 12 months to Mar-22: 12 × 200 = 2,400; 12 months to Mar-23: 12 × 234 = 2,808: +17.0%
    const points = series("2021-04", [...Array(12).fill(200), ...Array(12).fill(234)]);
    expect(draft("All Burglary", "COUNT", "LOWER_IS_BETTER", points).change).toBe(
      "All Burglary is reporting a 17.0% increase year on year (12 months to Mar-23 against the 12 months to Mar-22)",
    );
  });

  it("change names the exceptional months that drive it: 'affected by an exceptional high period over Feb-22 and Mar-22'", () => {
    const block = [120, 124, 118, 122, 121, 119, 123, 120, 122, 118, 121, 120];
    const points = series("2021-04", [...block.slice(0, 10), 195, 205, ...block]);
    expect(draft("Reported Cybercrimes", "COUNT", "LOWER_IS_BETTER", points).change).toBe(
      "Reported Cybercrimes is reporting a 9.9% decrease year on year (12 months to Mar-23 against the 12 months to Mar-22), affected by exceptional highs in Feb-22 to Mar-22",
    );
  });

  it("change, small: 'Violence with Injury volumes are reporting a year-on-year change of -0.1%'", () => {
    // 12 × 1,000 against 12 × 999: −0.1%
    const points = series("2021-04", [...Array(12).fill(1000), ...Array(12).fill(999)]);
    expect(draft("Violence with Injury volumes", "COUNT", "LOWER_IS_BETTER", points).change).toBe(
      "Violence with Injury volumes is reporting a change of -0.1% year on year (12 months to Mar-23 against the 12 months to Mar-22)",
    );
  });

  it("change, rates in points against the same month a year before: satisfaction down 9.9pp", () => {
    // Mar-22 = 76.9, Mar-23 = 67.0 → −9.9 percentage points
    const points = series("2022-03", [76.9, ...Array(11).fill(75), 67]);
    expect(draft("Vehicle crime satisfaction", "PERCENT", "HIGHER_IS_BETTER", points).change).toBe(
      "Vehicle crime satisfaction is down 9.9pp on Mar-22",
    );
  });

  it("change in days on the previous quarter: 'UP 15 days from previous quarter'", () => {
    const points = [
      { period: "2022-09", value: 48 },
      { period: "2022-12", value: 63 },
    ];
    const s = draft("Days to charge", "DAYS", "LOWER_IS_BETTER", points, {
      basis: "QUARTER",
      period: "2022-12",
    });
    expect(s.change).toBe("Days to charge is up 15 days on the previous quarter (Jul to Sep 22)");
  });

  it("previous3: THRIVE overall call rating −10.9 points, beyond the ±5% margin", () => {
    // Dec-22 51, Jan-23 52, Feb-23 52.7: mean 51.9; Mar-23 41 → −10.9 points; |−10.9| > 5
    const points = series("2022-12", [51, 52, 52.7, 41]);
    expect(
      draft("Overall call rating", "PERCENT", "HIGHER_IS_BETTER", points, { marginOfError: 5 }).previous3,
    ).toBe(
      "Overall call rating is 41.0% for Mar-23, a reduction of -10.9 percentage points compared to the previous 3 months. This is greater than the +/-5% margin of error (CI=95%)",
    );
    const within = draft(
      "Overall call rating",
      "PERCENT",
      "HIGHER_IS_BETTER",
      series("2022-12", [51, 52, 52.7, 49]),
      {
        marginOfError: 5,
      },
    );
    expect(within.previous3).toContain("This is within the +/-5% margin of error (CI=95%)");
  });

  it("spc: 'Vehicle crime satisfaction at 67.0% and 4 months under the LCL'", () => {
    // 16 months alternating 77, 78 then 67 ×4: centre (16 × 77.5 + 268) / 20 = 75.4;
    // ranges 15 × 1 + 11 = 26 / 19 = 1.368 → LCL 75.4 − 3.64 = 71.76: the four 67s are under it
    const points = series("2021-08", [...alternate(16, 77, 78), 67, 67, 67, 67]);
    expect(draft("Vehicle crime satisfaction", "PERCENT", "HIGHER_IS_BETTER", points).spc).toBe(
      "Vehicle crime satisfaction at 67.0% and 4 months under the LCL",
    );
  });

  it("spc: 'Violent crime satisfaction 73.0% dropped below LCL after a 2-month improvement'", () => {
    // alternating 77, 78 ×16, then 76, 77, 78 (two rises), 73: centre 1544/20 = 77.2;
    // ranges 15 + 2 + 1 + 1 + 5 = 24 / 19 = 1.263 → LCL 77.2 − 3.36 = 73.84 > 73
    const points = series("2021-08", [...alternate(16, 77, 78), 76, 77, 78, 73]);
    expect(draft("Violent crime satisfaction", "PERCENT", "HIGHER_IS_BETTER", points).spc).toBe(
      "Violent crime satisfaction 73.0% dropped below LCL after a 2-month improvement",
    );
  });

  it("spc + trial: RASSO outstanding suspects exceptionally low at 138, capture began Jun-22", () => {
    // Jun-22..Feb-23: 170,172,168,171,169,173,170,172,169 then 138: centre 1672/10 = 167.2;
    // ranges 2,4,3,2,4,3,2,3,31 = 54/9 = 6 → LCL 167.2 − 15.96 = 151.24 > 138; 10 points → trial limits
    const points = series("2022-06", [170, 172, 168, 171, 169, 173, 170, 172, 169, 138]);
    const s = draft("RASSO outstanding suspects", "COUNT", "LOWER_IS_BETTER", points);
    expect(s.spc).toBe("RASSO outstanding suspects for Mar-23 is showing as exceptionally low at 138");
    expect(s.trial).toBe(
      "Data capture began Jun-22, a longer data capture period is required to assess trend",
    );
  });

  it("spc: drug driving Jan-23/Feb-23 two-month exceptional high, 52 and 58, Mar-23 back to 28", () => {
    // limits hand-worked in computeXmr.test.ts: UCL 47.918
    const block = [28, 32, 30, 26, 34, 29, 31, 27, 33, 30];
    const points = series("2021-04", [...block, ...block, 29, 52, 58, 28]);
    expect(draft("Drug driving arrests", "COUNT", "NEUTRAL", points).spc).toBe(
      "Jan-23 and Feb-23 recorded a two-month exceptional high, 52 and 58 consecutively, however Mar-23 is back to normal figures at 28",
    );
  });

  it("spc: 'Swindon has seen a low in Mar and is at the LCL in 1,017 reports'", () => {
    // baseline Mar-22..Feb-23 alternating 1100, 1140 (fixed after 12): centre 1120, ranges 40
    // → LCL 1120 − 106.4 = 1013.6; 1,017 is 3.4 away, within a tenth of 106.4
    const points = series("2022-03", [...alternate(12, 1100, 1140), 1017]);
    const s = draft("Intelligence reports", "COUNT", "NEUTRAL", points, {
      areaName: "Swindon",
      xmr: { fixAfterPoints: 12 },
    });
    // Inside the line, so common cause: the sentence says so beside the "normal variation" badge.
    expect(s.spc).toBe(
      "Swindon has seen a low in Mar-23 and is at the LCL at 1,017, within its control limits",
    );
  });

  it("spc: 'County is showing 9 months of being consistently just below average with 1,435'", () => {
    // baseline Jul-21..Jun-22 alternating 1450, 1550 (fixed after 12): centre 1500, ranges 100,
    // 2σ lower 1500 − 177.3 = 1322.7; then 9 months below 1500, none beyond 2σ, no trend
    const points = series("2021-07", [
      ...alternate(12, 1450, 1550),
      1460,
      1440,
      1470,
      1430,
      1465,
      1445,
      1475,
      1440,
      1435,
    ]);
    const s = draft("Intelligence reports", "COUNT", "NEUTRAL", points, {
      areaName: "County",
      xmr: { fixAfterPoints: 12 },
    });
    expect(s.spc).toBe(
      "County is showing 9 months of being consistently just below average with 1,435 in Mar-23",
    );
  });

  it("sla and median: priority response 1:54:53 breaching the SLA of 1 hour; median 46:56 within it", () => {
    const points = series("2022-10", [5400, 5900, 6100, 6300, 6600, 6893]);
    const s = draft("Average priority response time", "SECONDS", "LOWER_IS_BETTER", points, {
      target: { value: 3600, kind: "SLA" },
      median: 2816, // 46:56
    });
    expect(s.sla).toBe("Average priority response time: 1:54:53 breaches the 1-hour SLA");
    expect(s.median).toBe(
      "Outliers are skewing the average: the mean is 1:54:53 against a median of 46:56. The median is within the SLA of 1 hour.",
    );
  });

  it("stable series and a missing month", () => {
    const points = series("2022-01", [10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17, 13, 14, 13]);
    const s = draft("Hate crime volume", "COUNT", "LOWER_IS_BETTER", points);
    expect(s.spc).toBe("Hate crime volume remains stable, within its expected range of variation");
    const none = draftNarrative({
      metricName: "x",
      unit: "COUNT",
      polarity: "NEUTRAL",
      basis: "DISCRETE_MONTH",
      period: "2024-01",
      series: points,
      spc: null,
    });
    expect(none).toEqual([]);
  });

  it("marks a sentence illustrative when the figures it rests on include generated months", () => {
    const points = series("2022-03", [76.9, ...Array(11).fill(75), 67]).map((p) =>
      p.period === "2022-03" || p.period === "2023-03" ? p : { ...p, illustrative: true },
    );
    const input: NarrativeInput = {
      metricName: "Vehicle crime satisfaction",
      unit: "PERCENT",
      polarity: "HIGHER_IS_BETTER",
      basis: "DISCRETE_MONTH",
      period: "2023-03",
      series: points,
      spc: computeXmr(points, { polarity: "HIGHER_IS_BETTER" }),
    };
    const marks = Object.fromEntries(draftNarrative(input).map((s) => [s.key, s.illustrative]));
    // The month and the month a year before are the report's own; the limits rest on generated months.
    expect(marks).toMatchObject({ latest: false, change: false, spc: true });
  });

  it("is reproducible: the same input drafts the same sentences", () => {
    const points = series("2022-06", [170, 172, 168, 171, 169, 173, 170, 172, 169, 138]);
    const input: NarrativeInput = {
      metricName: "RASSO outstanding suspects",
      unit: "COUNT",
      polarity: "LOWER_IS_BETTER",
      basis: "DISCRETE_MONTH",
      period: "2023-03",
      series: points,
      spc: computeXmr(points, { polarity: "LOWER_IS_BETTER" }),
    };
    expect(draftNarrative(input)).toEqual(draftNarrative(JSON.parse(JSON.stringify(input))));
  });
});
