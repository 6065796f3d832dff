import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { expectNoHorizontalScroll } from "../fixtures/expectNoHorizontalScroll.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { BenchmarkPage } from "../pages/BenchmarkPage.ts";
import { CjsPage } from "../pages/CjsPage.ts";
import { MetricPage } from "../pages/MetricPage.ts";

// The report's three "CJS Score card - Priority 4" pages and its benchmarking bullets:
// /work/shared/seed/000_b1923a938e71491c.txt.

test.describe("CJS score cards as the report prints them", () => {
  test("quarters, national figures and quarter-on-quarter changes in the report's words", async ({
    page,
  }) => {
    const cjs = new CjsPage(page);
    await cjs.goto();
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    await expect(cjs.cards).toHaveCount(9);
    // "Oct to Dec 22 - …" heads every measure; the quarter is never shown as its last month.
    for (const card of await cjs.cards.all()) {
      await expect(card).toContainText("Oct to Dec 22");
      await expect(card).toContainText(/Nationally \d/);
      await expect(card).toContainText(/(Up|Down) .* from previous quarter|No change from previous quarter/);
    }
    const main = page.getByRole("main");
    await expect(main).not.toContainText("Dec-22");

    // "Average days taken for police to charge an offender in victim-based cases. Nationally 49 days.
    // 63 days. UP 15 days from previous quarter"
    const daysToCharge = cjs.measure(
      "Average days taken for police to charge an offender in victim-based cases",
    );
    await expect(daysToCharge).toContainText("63 days");
    await expect(daysToCharge).toContainText("Nationally 49 days");
    await expect(daysToCharge.getByText("Up 15 days from previous quarter", { exact: true })).toBeVisible();
    // "… day of trial (%). Nationally 1.1% 1.8% Down 1.0 percentage point from previous quarter"
    const dayOfTrial = cjs.measure("no longer supports prosecution on the day of trial");
    await expect(dayOfTrial).toContainText("Nationally 1.1%");
    await expect(dayOfTrial).toContainText("Down 1.0 percentage point from previous quarter");
    // "Cases stopped … Nationally 15% 11% No change from previous quarter", and its own bullet beside it.
    const stopped = cjs.measure("Cases stopped after a defendant has been charged");
    await expect(stopped).toContainText("Nationally 15%");
    await expect(stopped).toContainText("No change from previous quarter");
    await expect(stopped).toContainText("no change Jul – Sept 22 to Oct – Dec 22");
    // "Investigations closed because the victim does not support police action … 25% Up 5 percentage points"
    await expect(cjs.measure("does not support police action")).toContainText(
      "Up 5 percentage points from previous quarter",
    );

    // Two quarters carry no control chart, no data-capture claim, no rank and no "not enough data".
    await expect(main.locator(".recharts-wrapper")).toHaveCount(0);
    await expect(main).not.toContainText(
      /Data capture began|reported in the month it covers|Not enough data/i,
    );
    await expect(main.getByRole("table")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("a CJS card links to its comparison with England & Wales, which ranks nothing", async ({ page }) => {
    const cjs = new CjsPage(page);
    await cjs.goto();
    await waitForPageReady(page);
    await cjs.benchmarkLink("Average days taken for police to charge").click();
    const benchmarks = new BenchmarkPage(page);
    await expect(page).toHaveURL(/\/metrics\/cjs-days-to-charge\/benchmarks/);
    await waitForPageReady(page);
    await expect(benchmarks.heading).toContainText("compared with England & Wales");
    await expect(benchmarks.row(/Wiltshire/)).toContainText("63 days");
    await expect(benchmarks.row(/England & Wales/)).toContainText("49 days");
    // A two-row table has no rank column: Wiltshire is not "1" with 63 days against 49.
    await expect(benchmarks.table.getByRole("columnheader", { name: /rank/i })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test("a CJS measure's drill-down names its quarter, not its last month", async ({ page }) => {
  const metric = new MetricPage(page);
  await metric.goto("cjs-days-to-charge");
  await waitForPageReady(page);
  // "Oct to Dec 22 - Average days taken for police to charge … 63 days"
  const headline = page
    .getByRole("main")
    .locator("p")
    .filter({ hasText: /^63 days/ })
    .first();
  await expect(headline).toContainText("Oct to Dec 22");
  await expect(page.getByRole("link", { name: "Benchmarks: compared with England & Wales" })).toBeVisible();
});

test("Priority 4's CJS cards give the national figure and the change, never 'Not enough data'", async ({
  page,
}) => {
  await page.goto("/priorities/4");
  await waitForPageReady(page);
  const cjs = new CjsPage(page);
  // The priority page's CJS cards are the CJS page's: "Oct to Dec 22 … Nationally 49 days. 63 days. UP 15 days …"
  const daysToCharge = cjs.measure(
    "Average days taken for police to charge an offender in victim-based cases",
  );
  await daysToCharge.scrollIntoViewIfNeeded();
  await expect(daysToCharge).toContainText("Oct to Dec 22");
  await expect(daysToCharge).toContainText("Nationally 49 days");
  await expect(daysToCharge).toContainText("Up 15 days from previous quarter");
  await expect(cjs.cards).toHaveCount(9);
  for (const card of await cjs.cards.all()) await expect(card).not.toContainText(/Not enough data/i);
  await expectNoAxeViolations(page);
});

test.describe("benchmark pages", () => {
  test("CSEW confidence in local police: titled by its comparator, its interval shown and drawn", async ({
    page,
  }) => {
    const benchmarks = new BenchmarkPage(page);
    await benchmarks.goto("csew-confidence-local-police");
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    // "Wiltshire = 76.8% (+/- 3.9% pts equates from 72.9% - 80.7%)"; "England & Wales = 68.5% (+/- 0.8%pts)".
    await expect(benchmarks.heading).toHaveText(
      "Overall confidence in local police: compared with England & Wales",
    );
    await expect(benchmarks.row(/Wiltshire/)).toContainText("76.8%");
    await expect(benchmarks.row(/Wiltshire/)).toContainText("72.9% – 80.7%");
    await expect(benchmarks.row(/England & Wales/)).toContainText("67.7% – 69.3%");
    // The key promises an interval only because the chart draws one for each bar that has it.
    await expect(benchmarks.chartKey).toContainText("Confidence interval");
    await expect(benchmarks.drawnIntervals).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test("burglary satisfaction names the MSG forces it is compared with", async ({ page }) => {
    const benchmarks = new BenchmarkPage(page);
    await benchmarks.goto("victim-satisfaction-burglary");
    await waitForPageReady(page);
    // "Warwickshire (MSF) = 74%", "West Mercia (MSF) = 83.8%" (12 months to Dec 22)
    // (MSG is a glossary term: its meaning is part of the heading's text for a tap or hover.)
    await expect(benchmarks.heading).toHaveText(
      /^Burglary satisfaction: compared with MSG.* forces \(Warwickshire, West Mercia\)$/,
    );
    await expect(benchmarks.chartKey).not.toContainText("Confidence interval");
    await expect(benchmarks.drawnIntervals).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("every metric with benchmarks links to its benchmark page", async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one pass over every metric is enough");
    test.setTimeout(180_000);
    const response = await request.post("/graphql", {
      headers: { "content-type": "application/json" },
      data: { query: "{ metrics { id benchmarks { id } } }" },
    });
    const { data } = (await response.json()) as {
      data: { metrics: { id: string; benchmarks: unknown[] }[] };
    };
    const ids = data.metrics.filter((m) => m.benchmarks.length > 0).map((m) => m.id);
    // 9 CJS measures, crimes per 1000, three CSEW measures and four victim satisfaction measures.
    expect(ids).toHaveLength(17);
    const metric = new MetricPage(page);
    for (const id of ids) {
      await metric.goto(id);
      await waitForPageReady(page);
      await expect(page.locator(`a[href^="/metrics/${id}/benchmarks"]`).first(), id).toBeVisible();
    }
  });
});
