import { monthRange } from "@pcc/domain";
import type { SeedObservation } from "../types.ts";
import { anchoredSeries } from "./anchoredSeries.ts";
import { firstAcceptedSeries } from "./firstAcceptedSeries.ts";
import { fitYearOnYear } from "./fitYearOnYear.ts";
import { HISTORY_RANGE } from "./HISTORY_RANGE.ts";
import { indicesBetween } from "./indicesBetween.ts";
import { monthIndex } from "./monthIndex.ts";
import { round } from "./round.ts";
import type { Series } from "./Series.ts";
import { sumOver } from "./sumOver.ts";
import { toObservations } from "./toObservations.ts";

const { from, to } = HISTORY_RANGE;
const R12 = { spanMonths: 12 };

function factors(months: string[], factor: number): Record<string, number> {
  return Object.fromEntries(months.map((m) => [m, factor]));
}

// Covid lows: the first lockdown (Apr–Jun 20) and the third (Jan–Mar 21). The rest of 2021 sits a little
// low until fitYearOnYear sets it so that crime to Mar-23 is +6.1% YoY; 2022 is back at pre-covid levels.
function crimeVolume(): Series {
  const series = anchoredSeries("crime-volume", {
    from,
    to,
    anchors: [[from, 3500]],
    seasonal: 0.06,
    noise: 80,
    decimals: 0,
    factors: {
      "2020-04": 0.75,
      "2020-05": 0.82,
      "2020-06": 0.92,
      ...factors(monthRange("2021-01", "2021-03"), 0.8),
    },
  });
  return {
    ...series,
    values: fitYearOnYear(
      series.values,
      6.1,
      indicesBetween(series, "2021-04", "2021-12"),
      monthIndex(series, "2022-04"),
    ),
  };
}

// Crimes per 1000 population: the rolling 12 months of crime over a population chosen so that Mar-23 is the
// report's 58.61, keeping the rate and the volume chart telling the same story.
function crimesPer1000(crime: Series): Series {
  const last = crime.values.length - 1;
  const population = Math.round((sumOver(crime.values, last - 11, last) / 58.61) * 1000);
  const months = crime.months.slice(11);
  const values = months.map((_, k) => round((sumOver(crime.values, k, k + 11) / population) * 1000, 2));
  return { months, values };
}

function volumeWithYoY(
  seed: string,
  base: number,
  noise: number,
  targetPct: number,
  lows: Record<string, number>,
  pins: Record<string, number>,
  adjustFrom: string,
  adjustTo: string,
): Series {
  const series = anchoredSeries(seed, {
    from,
    to,
    anchors: [[from, base]],
    seasonal: 0.05,
    noise,
    decimals: 0,
    factors: lows,
    pins,
  });
  const adjust = indicesBetween(series, adjustFrom, adjustTo, Object.keys(pins));
  return {
    ...series,
    values: fitYearOnYear(series.values, targetPct, adjust, monthIndex(series, "2022-05")),
  };
}

export function crimeHistory(): SeedObservation[] {
  const crime = crimeVolume();
  // "a significantly low period of reporting between Jan-21 and Jul-21"
  // "… have remained stable since": against limits from before the low period (the metric's
  // spcBaselinePoints), only the low months are special cause.
  const burglary = firstAcceptedSeries(
    "burglary-volume",
    (seed) =>
      volumeWithYoY(
        seed,
        230,
        12,
        17.0,
        factors(monthRange("2021-01", "2021-07"), 0.6),
        {},
        "2021-04",
        "2021-07",
      ),
    monthRange("2021-01", "2021-07"),
    { fixAfterPoints: 21 },
  );
  const vwi = volumeWithYoY(
    "violence-with-injury-volume",
    600,
    25,
    -0.1,
    { "2020-04": 0.8, "2020-05": 0.85 },
    {},
    "2021-04",
    "2022-03",
  );
  const rasso = volumeWithYoY(
    "rasso-volume",
    55,
    5,
    2.7,
    factors(monthRange("2021-01", "2021-03"), 0.55),
    {},
    "2021-04",
    "2022-03",
  );
  // Cyber: "an exceptional high period over Feb-22 and Mar-22"; hate crime: "two exceptionally high months reported in 2021".
  const cyber = volumeWithYoY(
    "cybercrime-volume",
    120,
    10,
    -1.5,
    {},
    { "2022-02": 195, "2022-03": 205 },
    "2021-04",
    "2022-03",
  );
  // "Hate crime volume remain stable long term": special cause in the two 2021 months alone.
  const hate = firstAcceptedSeries(
    "hate-crime-volume",
    (seed) => volumeWithYoY(seed, 90, 7, -7.2, {}, { "2021-06": 150, "2021-07": 145 }, "2021-04", "2022-03"),
    ["2021-06", "2021-07"],
  );
  return [
    ...toObservations("crime-volume", crime),
    ...toObservations("crimes-per-1000", crimesPer1000(crime), R12),
    ...toObservations("burglary-volume", burglary),
    ...toObservations("violence-with-injury-volume", vwi),
    ...toObservations("rasso-volume", rasso),
    ...toObservations("cybercrime-volume", cyber),
    ...toObservations("hate-crime-volume", hate),
    ...toObservations(
      "stalking-harassment-volume",
      // "… are stable long term": no special cause in any month.
      firstAcceptedSeries("stalking-harassment-volume", (seed) =>
        anchoredSeries(seed, {
          from,
          to,
          anchors: [[from, 300]],
          seasonal: 0.04,
          noise: 20,
          decimals: 0,
        }),
      ),
    ),
    ...toObservations(
      "domestic-abuse-volume",
      // "… are stable long term": no special cause in any month.
      firstAcceptedSeries("domestic-abuse-volume", (seed) =>
        anchoredSeries(seed, {
          from,
          to,
          anchors: [[from, 700]],
          seasonal: 0.05,
          noise: 35,
          decimals: 0,
        }),
      ),
    ),
    // ASB: summer highs, winter lows, lower each year; Feb and Mar-23 turn up into spring.
    ...toObservations(
      "asb-volume",
      anchoredSeries("asb-volume", {
        from,
        to,
        anchors: [
          [from, 2300],
          [to, 1500],
        ],
        seasonal: 0.18,
        noise: 40,
        decimals: 0,
        pins: { "2023-01": 1230, "2023-02": 1290, [to]: 1380 },
      }),
    ),
  ];
}
