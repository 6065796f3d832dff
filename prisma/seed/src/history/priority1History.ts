import type { SeedObservation } from "../types.ts";
import { anchoredSeries } from "./anchoredSeries.ts";
import { fitMean } from "./fitMean.ts";
import { HISTORY_RANGE } from "./HISTORY_RANGE.ts";
import { round } from "./round.ts";
import { toObservations } from "./toObservations.ts";
import { xmrLimits } from "./xmrLimits.ts";

const { from, to } = HISTORY_RANGE;

// Call handling and THRIVE+: each series is shaped to the report's statements (tested in
// test/illustrativeHistory.test.ts); pins are report figures or points a statement fixes.
function callHandling(): SeedObservation[] {
  const cch = anchoredSeries("cch-answer-time", {
    from,
    to,
    anchors: [
      [from, 25],
      ["2022-08", 28],
      ["2022-09", 40],
      [to, 46],
    ],
    noise: 6,
    decimals: 0,
    pins: { [to]: 48 },
  });
  const triage = anchoredSeries("cch-triage-rate", {
    from: "2022-09",
    to,
    anchors: [
      ["2022-09", 30],
      [to, 42],
    ],
    noise: 3,
    decimals: 1,
  });
  fitMean(triage.values, 1, 6, 39, 1);
  // CRIB: 12 months before the new model average 2m 31s (151 s); the last 6 average 7m 34s (454 s), Mar-23 11m 41s.
  const crib = anchoredSeries("crib-answer-time", {
    from,
    to,
    anchors: [
      [from, 150],
      ["2022-08", 150],
      ["2022-09", 280],
      ["2022-10", 330],
      ["2023-02", 480],
    ],
    noise: 25,
    decimals: 0,
    pins: { [to]: 701 },
  });
  const n = crib.values.length;
  fitMean(crib.values, n - 19, n - 8, 151, 0);
  fitMean(crib.values, n - 6, n - 1, 454, 0, [n - 1]);
  const thrive = anchoredSeries("thrive-overall", {
    from,
    to,
    anchors: [
      [from, 55],
      ["2022-11", 52],
    ],
    noise: 3,
    decimals: 1,
    pins: { [to]: 41 },
  });
  fitMean(thrive.values, n - 4, n - 2, 51.9, 1); // 41 is "a reduction of -10.9 percentage point" on Dec-22..Feb-23
  const vulnerability = anchoredSeries("thrive-vulnerability", {
    from,
    to,
    anchors: [[from, 62]],
    noise: 3,
    decimals: 1,
  });
  const previous3 =
    (vulnerability.values[n - 4]! + vulnerability.values[n - 3]! + vulnerability.values[n - 2]!) / 3;
  vulnerability.values[n - 1] = round(previous3 - 11.1, 1);
  return [
    ...toObservations(
      "abandonment-rate-101",
      anchoredSeries("abandonment-rate-101", {
        from,
        to,
        anchors: [
          [from, 5.5],
          [to, 7],
        ],
        noise: 0.8,
        decimals: 1,
        pins: { [to]: 7.5 },
      }),
    ),
    ...toObservations("cch-answer-time", cch),
    ...toObservations("cch-triage-rate", triage),
    ...toObservations("crib-answer-time", crib),
    ...toObservations(
      "answer-time-999",
      anchoredSeries("answer-time-999", {
        from,
        to,
        anchors: [[from, 8]],
        noise: 2,
        decimals: 0,
        pins: { [to]: 10 },
      }),
    ),
    ...toObservations("thrive-overall", thrive, { margin: 5 }),
    ...toObservations("thrive-vulnerability", vulnerability, { margin: 5 }),
  ];
}

function response(): SeedObservation[] {
  return [
    ...toObservations(
      "police-officer-fte",
      anchoredSeries("police-officer-fte", {
        from,
        to,
        anchors: [
          [from, 1030],
          [to, 1190],
        ],
        noise: 6,
        decimals: 0,
        pins: { [to]: 1196 },
      }),
    ),
    ...toObservations(
      "immediate-response-mean",
      anchoredSeries("immediate-response-mean", {
        from,
        to,
        anchors: [[from, 750]],
        noise: 30,
        decimals: 0,
        pins: { [to]: 746 },
      }),
    ),
    ...toObservations(
      "immediate-response-rate",
      anchoredSeries("immediate-response-rate", {
        from,
        to: "2023-02",
        anchors: [[from, 83]],
        noise: 2,
        decimals: 1,
        pins: { "2023-02": 81.8 },
      }),
    ),
    // Priority response rises from Sep-22 ("response times increase since September 22").
    ...toObservations(
      "priority-response-mean",
      anchoredSeries("priority-response-mean", {
        from,
        to,
        anchors: [
          [from, 3000],
          ["2022-08", 3500],
          [to, 6893],
        ],
        noise: 300,
        decimals: 0,
        pins: { [to]: 6893 },
      }),
    ),
    ...toObservations(
      "priority-response-median",
      anchoredSeries("priority-response-median", {
        from,
        to,
        anchors: [
          [from, 1800],
          ["2022-08", 2000],
          [to, 2816],
        ],
        noise: 60,
        decimals: 0,
        pins: { "2023-01": 2640, "2023-02": 2731, [to]: 2816 },
      }),
    ),
  ];
}

// Swindon's Mar-23 1,017 sits at its lower control limit: scale the noise until the limit lands there.
function swindonIntelligence() {
  const build = (noise: number) =>
    anchoredSeries("intelligence-reports/swindon", {
      from,
      to,
      anchors: [[from, 1250]],
      noise,
      decimals: 0,
      pins: { [to]: 1017 },
    });
  let low = 0;
  let high = 400;
  for (let k = 0; k < 40; k++) {
    const mid = (low + high) / 2;
    const series = build(mid);
    const lcl = xmrLimits(series.values).at(-1)!.lcl;
    if (lcl > 1017) low = mid;
    else high = mid;
  }
  return build((low + high) / 2);
}

function intelligenceAndSuspects(): SeedObservation[] {
  // County: 9 months (Jul-22..Mar-23) just below the centre line; Jun-22 above it.
  const county = anchoredSeries("intelligence-reports/county", {
    from,
    to,
    anchors: [
      [from, 1560],
      ["2022-06", 1560],
      ["2022-07", 1485],
    ],
    noise: 80,
    decimals: 0,
    pins: { "2022-06": 1590, [to]: 1435 },
  });
  for (let i = county.values.length - 9; i < county.values.length - 1; i++)
    county.values[i] = Math.round(1485 + ((i * 37) % 30) - 15);
  return [
    ...toObservations("intelligence-reports", county, { area: "county" }),
    ...toObservations("intelligence-reports", swindonIntelligence(), { area: "swindon" }),
    ...toObservations(
      "outstanding-suspects",
      anchoredSeries("outstanding-suspects", {
        from,
        to,
        anchors: [
          [from, 1100],
          ["2021-12", 1150],
          ["2022-06", 1400],
          [to, 1500],
        ],
        noise: 40,
        decimals: 0,
        pins: { [to]: 1515 },
      }),
    ),
    ...toObservations(
      "outstanding-suspects-over-4-days",
      anchoredSeries("outstanding-suspects-over-4-days", {
        from: "2022-07",
        to,
        anchors: [
          ["2022-07", 1380],
          [to, 1440],
        ],
        noise: 30,
        decimals: 0,
        pins: { [to]: 1448 },
      }),
    ),
    // "To date volumes have fluctuated between a small margin, 44 and 56"
    ...toObservations("outstanding-suspects-over-12-months", {
      months: [
        "2022-07",
        "2022-08",
        "2022-09",
        "2022-10",
        "2022-11",
        "2022-12",
        "2023-01",
        "2023-02",
        "2023-03",
      ],
      values: [48, 44, 51, 56, 50, 47, 52, 49, 53],
    }),
  ];
}

export function priority1History(): SeedObservation[] {
  return [...callHandling(), ...response(), ...intelligenceAndSuspects()];
}
