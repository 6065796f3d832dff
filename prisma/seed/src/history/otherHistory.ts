import type { SeedObservation } from "../types.ts";
import { anchoredSeries } from "./anchoredSeries.ts";
import { firstAcceptedSeries } from "./firstAcceptedSeries.ts";
import { fitYearOnYear } from "./fitYearOnYear.ts";
import { HISTORY_RANGE } from "./HISTORY_RANGE.ts";
import { indicesBetween } from "./indicesBetween.ts";
import { monthIndex } from "./monthIndex.ts";
import { toObservations } from "./toObservations.ts";

const { from, to } = HISTORY_RANGE;

// Dissatisfactions: exceptional highs Aug-22..Nov-22, 132 in Mar-23 and +24.6% on the year before.
function dissatisfactions() {
  const pins = { "2022-08": 175, "2022-09": 182, "2022-10": 170, "2022-11": 168, [to]: 132 };
  const series = anchoredSeries("dissatisfactions", {
    from,
    to,
    anchors: [
      [from, 95],
      [to, 110],
    ],
    noise: 10,
    decimals: 0,
    pins,
  });
  fitYearOnYear(
    series.values,
    24.6,
    indicesBetween(series, "2021-04", "2022-03"),
    monthIndex(series, "2022-05"),
  );
  return series;
}

export function otherHistory(): SeedObservation[] {
  return [
    ...toObservations("dissatisfactions", dissatisfactions()),
    ...toObservations(
      "complaints-resolved-customer-service",
      anchoredSeries("complaints-resolved-customer-service", {
        from,
        to,
        anchors: [[from, 55]],
        noise: 4,
        decimals: 0,
        pins: { [to]: 60 },
      }),
    ),
    // Drug driving: stable long term, "a two-month exceptional high, 52 and 58", Mar-23 "back to norm" at 28.
    ...toObservations(
      "drug-driving-arrests",
      firstAcceptedSeries(
        "drug-driving-arrests",
        (seed) =>
          anchoredSeries(seed, {
            from,
            to,
            anchors: [[from, 26]],
            noise: 5,
            decimals: 0,
            pins: { "2023-01": 52, "2023-02": 58, [to]: 28 },
          }),
        ["2023-01", "2023-02"],
      ),
    ),
    ...toObservations(
      "drink-driving-arrests",
      // "Drink driving arrest volume are stable long term": no special cause in any month.
      firstAcceptedSeries("drink-driving-arrests", (seed) =>
        anchoredSeries(seed, { from, to, anchors: [[from, 35]], noise: 6, decimals: 0 }),
      ),
    ),
  ];
}
