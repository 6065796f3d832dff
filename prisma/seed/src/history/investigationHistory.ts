import type { SeedObservation } from "../types.ts";
import { anchoredSeries } from "./anchoredSeries.ts";
import { HISTORY_RANGE } from "./HISTORY_RANGE.ts";
import { toObservations } from "./toObservations.ts";

const { from, to } = HISTORY_RANGE;
const R12 = { spanMonths: 12 };

// Rolling 12 months rates move slowly, so their noise is small. [id, last month, anchors (pinned too)].
const rolling: [string, string, [string, number][]][] = [
  [
    "fat-rate-overall-r12",
    to,
    [
      [from, 11.0],
      ["2022-03", 11.8],
      [to, 13.0],
    ],
  ],
  [
    "fat-rate-burglary-r12",
    "2023-02",
    [
      [from, 6.0],
      ["2022-02", 6.2],
      ["2023-02", 6.9],
    ],
  ],
  [
    "fat-rate-vwi-r12",
    to,
    [
      [from, 19.0],
      ["2022-03", 19.3],
      [to, 21.1],
    ],
  ],
  [
    "fat-rate-rasso-r12",
    to,
    [
      [from, 6.0],
      [to, 9.8],
    ],
  ],
  [
    "fat-rate-rape-r12",
    to,
    [
      [from, 4.5],
      ["2021-06", 3.5],
      ["2022-03", 3.8],
      [to, 8.1],
    ],
  ],
  [
    "fat-rate-other-sexual-r12",
    to,
    [
      [from, 9.0],
      ["2022-03", 8.4],
      [to, 13.8],
    ],
  ],
  // "did experience a small decline between 2019 and 2020"
  [
    "fat-rate-sh-r12",
    to,
    [
      [from, 8.3],
      ["2020-12", 6.9],
      [to, 7.1],
    ],
  ],
  [
    "fat-rate-cyber-r12",
    to,
    [
      [from, 8.5],
      [to, 9.7],
    ],
  ],
  [
    "fat-rate-hate-crime-r12",
    "2023-01",
    [
      [from, 13.0],
      ["2023-01", 14.8],
    ],
  ],
];

function rollingRates(): SeedObservation[] {
  return rolling.flatMap(([id, last, anchors]) => {
    const pins = Object.fromEntries(anchors.slice(1));
    return toObservations(
      id,
      anchoredSeries(id, { from, to: last, anchors, noise: 0.12, decimals: 1, pins }),
      R12,
    );
  });
}

function discrete(): SeedObservation[] {
  return [
    ...toObservations(
      "fat-rate-overall-discrete",
      anchoredSeries("fat-rate-overall-discrete", {
        from,
        to: "2023-02",
        anchors: [
          [from, 11],
          ["2023-01", 13.5],
        ],
        noise: 1.2,
        decimals: 1,
        pins: { "2023-02": 15.3 },
      }),
    ),
    ...toObservations(
      "fat-rate-burglary-discrete",
      anchoredSeries("fat-rate-burglary-discrete", {
        from,
        to: "2023-02",
        anchors: [[from, 6.5]],
        noise: 1.5,
        decimals: 1,
        pins: { "2023-02": 9.2 },
      }),
    ),
    ...toObservations(
      "fat-rate-vwi-discrete",
      anchoredSeries("fat-rate-vwi-discrete", {
        from,
        to: "2023-02",
        anchors: [[from, 20]],
        noise: 1.5,
        decimals: 1,
        pins: { "2023-02": 21.1 },
      }),
    ),
    ...toObservations(
      "time-to-charge-overall",
      anchoredSeries("time-to-charge-overall", {
        from,
        to: "2023-01",
        anchors: [
          [from, 14],
          ["2023-01", 21],
        ],
        noise: 2,
        decimals: 0,
        pins: { "2023-01": 23 },
      }),
    ),
    // RASSO time to charge: an exceptional Feb-23, then Mar-23's 137 "no longer exceptional", rising trend.
    ...toObservations(
      "time-to-charge-rasso",
      anchoredSeries("time-to-charge-rasso", {
        from,
        to,
        anchors: [
          [from, 70],
          ["2023-01", 120],
        ],
        noise: 15,
        decimals: 0,
        pins: { "2023-02": 240, [to]: 137 },
      }),
    ),
    // "the 31 charge decisions received for RASSO in Jan & Feb-23": 14 + 17.
    ...toObservations(
      "rasso-charge-decisions",
      anchoredSeries("rasso-charge-decisions", {
        from,
        to: "2023-02",
        anchors: [
          [from, 9],
          ["2022-12", 12],
        ],
        noise: 3,
        decimals: 0,
        pins: { "2023-01": 14, "2023-02": 17 },
      }),
    ),
  ];
}

// Outstanding suspects by crime type since data capture began Jun-22: Jun-22..Feb-23 span exactly the
// stated ranges ("previously ranged from 429 to 469"), Mar-23 is the report's figure.
const suspectMonths = [
  "2022-06",
  "2022-07",
  "2022-08",
  "2022-09",
  "2022-10",
  "2022-11",
  "2022-12",
  "2023-01",
  "2023-02",
  "2023-03",
];
const suspects: [string, number[]][] = [
  ["outstanding-suspects-da", [441, 452, 469, 458, 437, 429, 446, 460, 449, 430]],
  ["outstanding-suspects-rasso", [170, 172, 168, 175, 181, 178, 169, 160, 165, 138]],
  ["outstanding-suspects-sh", [215, 240, 268, 231, 202, 226, 255, 244, 233, 251]],
];

export function investigationHistory(): SeedObservation[] {
  return [
    ...rollingRates(),
    ...discrete(),
    ...suspects.flatMap(([id, values]) => toObservations(id, { months: suspectMonths, values })),
  ];
}
