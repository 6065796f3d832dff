import type { SeedObservation } from "../types.ts";
import { anchoredSeries } from "./anchoredSeries.ts";
import { HISTORY_RANGE } from "./HISTORY_RANGE.ts";
import { toObservations } from "./toObservations.ts";

// Satisfaction is reported one month in arrears: the series end at Feb-23. Priority 1's measures are
// monthly survey results (the report reads them against control limits); Priority 4's elements are
// rolling 12 months ("Time to arrive R12m").
const from = HISTORY_RANGE.from;
const last = "2023-02";
const R12 = { spanMonths: 12 };
const MONTHLY = { spanMonths: 1 };
const PRIORITY_4_ELEMENT = /^satisfaction-/;

function satisfaction(
  id: string,
  anchors: [string, number][],
  pins: Record<string, number>,
  noise = 0.3,
): SeedObservation[] {
  const span = PRIORITY_4_ELEMENT.test(id) ? R12 : MONTHLY;
  return toObservations(id, anchoredSeries(id, { from, to: last, anchors, noise, decimals: 1, pins }), span);
}

export function satisfactionHistory(): SeedObservation[] {
  return [
    satisfaction(
      "victim-satisfaction-overall",
      [
        [from, 78],
        ["2022-02", 77.7],
        [last, 73.9],
      ],
      { "2022-02": 77.7, [last]: 73.9 },
    ),
    satisfaction(
      "victim-satisfaction-burglary",
      [
        [from, 77],
        ["2022-02", 75.5],
        [last, 81.4],
      ],
      { "2022-02": 75.5, [last]: 81.4 },
    ),
    satisfaction(
      "victim-satisfaction-hate-crime",
      [
        [from, 80],
        ["2022-02", 78.1],
        [last, 83.1],
      ],
      { "2022-02": 78.1, [last]: 83.1 },
      0.4,
    ),
    // "Vehicle crime satisfaction at 67.0% ... and 4 months under the LCL": Nov-22..Feb-23.
    satisfaction(
      "victim-satisfaction-vehicle-crime",
      [[from, 76.5]],
      { "2022-02": 76.9, "2022-11": 71.6, "2022-12": 70.1, "2023-01": 68.5, [last]: 67.0 },
      0.5,
    ),
    // "Violent crime satisfaction 73.0% dropped below LCL after a 2-month improvement": Dec-22 and Jan-23 up.
    satisfaction(
      "victim-satisfaction-violent-crime",
      [[from, 78]],
      { "2022-11": 76.9, "2022-12": 77.4, "2023-01": 77.9, [last]: 73.0 },
      0.5,
    ),
    // Priority 4 elements: "Up" means Feb-23 above Jan-23; "Stable" within a tenth of a point.
    satisfaction(
      "satisfaction-actions-taken",
      [
        [from, 75],
        ["2022-02", 74.6],
        ["2023-01", 71.4],
      ],
      { "2022-02": 74.6, "2023-01": 71.4, [last]: 72.0 },
    ),
    satisfaction(
      "satisfaction-kept-informed",
      [
        [from, 67],
        ["2022-02", 67.4],
        ["2023-01", 68.0],
      ],
      { "2022-02": 67.4, "2023-01": 68.0, [last]: 68.5 },
    ),
    satisfaction(
      "satisfaction-ease-of-contact",
      [
        [from, 94.5],
        ["2022-02", 94.3],
        ["2023-01", 93.3],
      ],
      { "2022-02": 94.3, "2023-01": 93.3, [last]: 93.3 },
    ),
    satisfaction(
      "satisfaction-investigation",
      [
        [from, 69],
        ["2022-02", 68.5],
        ["2023-01", 67.3],
      ],
      { "2022-02": 68.5, "2023-01": 67.3, [last]: 67.8 },
    ),
    // Time to arrive falls since Sep-22, with priority response times rising.
    satisfaction(
      "satisfaction-time-to-arrive",
      [
        [from, 91],
        ["2022-08", 90.5],
        [last, 85.3],
      ],
      { "2022-02": 90.9, [last]: 85.3 },
    ),
    satisfaction(
      "satisfaction-treatment",
      [
        [from, 90.5],
        ["2022-02", 90.3],
        [last, 88.6],
      ],
      { "2022-02": 90.3, [last]: 88.6 },
    ),
  ].flat();
}
