import { describe, expect, it } from "vitest";
import { buildSeedData } from "../src/index.ts";

// The report's three "CJS Score card - Priority 4" pages (/work/shared/seed/000_b1923a938e71491c.txt):
// each prints three measures in columns and three bullets beneath them. On the last two pages the PDF's
// text order swaps the second and third bullets; the seed puts each bullet beside its measure. A bullet
// belongs to a measure when it names it and when what it says agrees with the measure's figures: the
// direction of the change from the previous quarter, and the side of the national figure.
const data = buildSeedData();
const cjs = data.scorecards.filter((s) => s.kind === "CJS");

const figure = (metricId: string, periodEnd: string) =>
  data.observations.find(
    (o) => o.metricId === metricId && o.periodEnd === periodEnd && o.area === "force" && o.breakdown === "",
  )?.value;
const national = (metricId: string) =>
  data.benchmarks.find(
    (b) =>
      b.metricId === metricId &&
      b.comparator === "england-wales" &&
      b.periodStart === "2022-10" &&
      b.periodEnd === "2022-12",
  )?.value;

// [measure, words of its bullet naming it, the bullet's direction, the bullet's side of national]
const bullets: [string, RegExp, "up" | "down" | "same", "above" | "below"][] = [
  ["cjs-days-to-charge", /growth in the time taken to charge/, "up", "above"],
  ["cjs-days-cps-charge", /growth in the average days taken to refer a case to the CPS/, "up", "above"],
  ["cjs-days-crown-court", /crown court to case completion reducing/, "down", "below"],
  [
    "cjs-victim-not-support-police-action",
    /growth in the number of victims that do not support police action/,
    "up",
    "below",
  ],
  [
    "cjs-victim-withdraws-day-of-trial",
    /decline in the number prosecutions victims or witnesses no longer support/,
    "down",
    "above",
  ],
  ["cjs-cases-stopped-victim-withdraws", /no change Jul – Sept 22 to Oct – Dec 22/, "same", "below"],
  [
    "cjs-successful-outcome",
    /decrease in the number of victims-based offences where an offender is issued with a successful outcome/,
    "down",
    "above",
  ],
  [
    "cjs-completed-trial-or-guilty-plea",
    /decrease in the volumes of cases that resulted in a completed trial or guilty plea/,
    "down",
    "above",
  ],
  [
    "cjs-correct-charge-decisions",
    /no change in the volume of cases where a decision to charge or proceed is correct/,
    "same",
    "above",
  ],
];

describe("CJS score cards", () => {
  it("are the report's three pages, three measures each", () => {
    expect(cjs.map((s) => s.title)).toEqual([
      "Improving timeliness",
      "Increasing victim engagement",
      "Improving quality of justice",
    ]);
    for (const card of cjs) {
      expect(card.sections).toHaveLength(1);
      expect(card.sections[0]?.metricIds).toHaveLength(3);
      expect(card.sections[0]?.commentary).toHaveLength(3);
    }
  });

  it.each(bullets)(
    "%s: its bullet sits beside it and agrees with its figures",
    (metricId, words, direction, side) => {
      const section = cjs.flatMap((s) => s.sections).find((s) => s.metricIds.includes(metricId));
      const position = section?.metricIds.indexOf(metricId) ?? -1;
      expect(section?.commentary[position]).toMatch(words);
      const now = figure(metricId, "2022-12");
      const before = figure(metricId, "2022-09");
      const nationally = national(metricId);
      expect(now).toBeDefined();
      expect(before).toBeDefined();
      expect(nationally).toBeDefined();
      const change = (now ?? 0) - (before ?? 0);
      expect(change > 0 ? "up" : change < 0 ? "down" : "same").toBe(direction);
      expect((now ?? 0) > (nationally ?? 0) ? "above" : "below").toBe(side);
    },
  );

  it("every CJS measure has its national figure for Oct to Dec 22", () => {
    const measures = cjs.flatMap((s) => s.sections.flatMap((x) => x.metricIds));
    // "Nationally 49 days", "47 days", "250 days", "28%", "1.1%", "15%", "8%", "86%", "97%".
    expect(measures.map(national)).toEqual([49, 47, 250, 28, 1.1, 15, 8, 86, 97]);
  });
});
