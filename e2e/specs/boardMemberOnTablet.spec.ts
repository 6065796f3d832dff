import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "../fixtures/expectNoHorizontalScroll.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { BenchmarkPage } from "../pages/BenchmarkPage.ts";
import { CjsPage } from "../pages/CjsPage.ts";
import { MetricPage } from "../pages/MetricPage.ts";
import { OverviewPage } from "../pages/OverviewPage.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// Expected figures are the report's own: /work/shared/seed/000_b1923a938e71491c.txt
// (Quarterly PCC Highlight Report, March – May 23), quoted beside each check.
test.describe("a board member on a tablet", () => {
  test.skip(
    ({ isMobile, hasTouch }) => !hasTouch || isMobile,
    "the tablet project's journey (768 px, touch)",
  );

  test("overview → priority 1 → a metric → its benchmarks, with the report's figures", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    await overview.openPriority(1);

    const priority = new PriorityPage(page);
    await expect(priority.heading(1)).toContainText("A police service that meets the needs of its community");
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    // "101 abandonment rate is 7.5% for Mar-23"; its change is the month against the same month a year
    // earlier, and the tile says so.
    const abandonment = priority.metricTile("101 abandonment rate");
    await expect(abandonment).toContainText("7.5%");
    await expect(abandonment).toContainText("Mar-23");
    await expect(abandonment).toContainText("+0.4pp on Mar-22");
    // "Average priority response time is 1:54:53 breaching the SLA of 1 hour"
    const priorityResponse = priority.metricTile("Priority response time (mean)");
    await expect(priorityResponse).toContainText("1:54:53");
    await expect(priorityResponse).toContainText("1:54:53 breaches the 1-hour SLA");
    await expect(priorityResponse).toContainText("Target assurance withheld — process changing");

    await priority.openMetric("Crimes per 1000 population");
    const metric = new MetricPage(page);
    await expect(metric.heading(/Crimes per 1000 population/)).toBeVisible();
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    // "Wiltshire remains the lowest force nationally for crimes per 1000 population at 58.61"
    await expect(page.getByRole("main")).toContainText("58.61");
    // A rolling 12-month rate is a trend: no control limits, and the page says why.
    await expect(
      page.getByRole("heading", { name: "Trend only (rolling 12 months): no control limits" }),
    ).toBeVisible();
    await expect(page.getByRole("main")).toContainText("share 11 of their 12 months");
    await expect(page.getByRole("list", { name: "Chart key" })).not.toContainText("Centre line");

    await metric.openBenchmarks();
    const benchmarks = new BenchmarkPage(page);
    await expect(page).toHaveURL(/\/metrics\/crimes-per-1000\/benchmarks/);
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    // "... at 58.61 with an MSG average of 72.20"
    await expect(benchmarks.row(/Wiltshire/)).toContainText("58.61");
    await expect(benchmarks.row(/MSG average|Most similar group average/i)).toContainText("72.20");
  });

  test("tiles show the changes the report states, on the report's basis", async ({ page }) => {
    const priority = new PriorityPage(page);
    const tiles: [number, string, RegExp][] = [
      // "All Burglary to Mar-23 is reporting a 17.0% increase in recorded volumes"
      [
        1,
        "All Burglary volume",
        /\+17\.0% year on year \(12 months to Mar-23 against the 12 months to Mar-22\)/,
      ],
      // "Violence with Injury volumes are reporting a year-on-year change of -0.1% to Mar-23"
      [1, "Violence with Injury volume", /-0\.1% year on year/],
      // "Overall call rating is 41% for Mar-23, a reduction of -10.9 percentage point compared to the previous 3 months"
      [1, "THRIVE+ overall call rating", /-10\.9pp on the previous 3 months/],
      // "Mar-23 dissatisfactions recorded 132, year on year change is reporting a 24.6% increase"
      [1, "Dissatisfactions recorded", /\+24\.6% year on year/],
      // "Volume of RASSO is reporting a year-on-year increase of 2.7% to Mar-23"
      [2, "RASSO volume", /\+2\.7% year on year/],
      // "Reported Cybercrimes are stable. Year on year change of -1.5%"
      [3, "Reported Cybercrimes", /-1\.5% year on year/],
      // "Hate crime volume ... report a year-on-year change of -7.2%"
      [3, "Hate crime volume", /-7\.2% year on year/],
    ];
    for (const [n, name, change] of tiles) {
      if (!(await priority.heading(n).isVisible())) {
        await priority.goto(n);
        await waitForPageReady(page);
      }
      await expect(priority.metricTile(name), name).toContainText(change);
    }
    // A page of mostly generated history says so once, plainly.
    await expect(page.getByRole("complementary", { name: "Illustrative history" })).toContainText(
      "Most monthly history on this page is illustrative",
    );
  });

  test("the period picker offers the report's quarters, not months of generated history", async ({
    page,
  }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await waitForPageReady(page);
    const options = page.getByLabel("Reporting period").getByRole("option");
    await expect(options).toHaveText(["March – May 23"]);
    // An older link to a month still opens it, and the picker says which month it is showing.
    await page.goto("/?period=2023-01");
    await waitForPageReady(page);
    await expect(page.getByLabel("Reporting period")).toHaveValue("2023-01");
    await expect(options).toHaveText(["March – May 23", "Jan-23 (one month of data)"]);
  });

  test("a badge's words lead to their plain meaning in the glossary", async ({ page }) => {
    const priority = new PriorityPage(page);
    await priority.goto(1);
    await waitForPageReady(page);
    await page.getByText("What the badges mean").tap();
    await page.getByRole("link", { name: "Common cause in the glossary" }).tap();
    await expect(page).toHaveURL(/\/glossary#common-cause$/);
    await expect(page.locator("#common-cause")).toHaveText("Common cause");
    await expect(page.locator("#common-cause")).toBeInViewport();
  });

  test("the data table says each month's signals in words", async ({ page }) => {
    // "101 abandonment rate is 7.5% for Mar-23": above its upper control limit this month.
    const metric = new MetricPage(page);
    await metric.goto("abandonment-rate-101");
    await waitForPageReady(page);
    await page.getByText("Data table behind the chart").tap();
    const march = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Mar-23" }) });
    await expect(march).toContainText("Concern: above the upper control limit, Mar-23");
  });

  test("the officer uplift reads as the success the report says it is", async ({ page }) => {
    // "Wiltshire Police exceeded the Government uplift target with 1196 FTE Police Officers v 1189 target"
    const metric = new MetricPage(page);
    await metric.goto("police-officer-fte");
    await waitForPageReady(page);
    const main = page.getByRole("main");
    await expect(main).toContainText("1,196 exceeds the 1,189 target");
    await expect(main).not.toContainText(/fails target|misses target/i);
  });

  test("each exception is one plain line, its findings one tap away", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await waitForPageReady(page);
    // "Average priority response time is 1:54:53 breaching the SLA of 1 hour"
    const exception = overview.exception("Priority response time (mean)");
    await expect(exception.getByTestId("exception-summary")).toHaveCount(1);
    await expect(exception.getByTestId("exception-summary")).toContainText("breaches the 1-hour SLA");
    const findings = exception.getByRole("group").getByRole("listitem");
    await expect(findings.first()).toBeHidden();
    await exception.getByText(/^Why this is an exception/).tap();
    await expect(findings.first()).toBeVisible();
    // Its SPC words explain themselves from the glossary, on a tap.
    await exception.getByRole("button", { name: "rising trend" }).tap();
    await expect(exception.getByRole("tooltip")).toContainText("Seven or more months in a row");
  });

  test("victim satisfaction against Warwickshire and West Mercia", async ({ page }) => {
    // "Burglary satisfaction is 81.4% up 5.9% pts YoY" (Febuary-23 data: satisfaction is one month in arrears)
    const metric = new MetricPage(page);
    await metric.goto("victim-satisfaction-burglary");
    await waitForPageReady(page);
    await expect(metric.heading(/Burglary satisfaction/)).toBeVisible();
    await expect(page.getByRole("main")).toContainText("81.4%");
    await expectNoHorizontalScroll(page);

    // "Warwickshire (MSF) = 74% (12 months to Dec 22); West Mercia (MSF) = 83.8% (12 months to Dec 22)"
    const benchmarks = new BenchmarkPage(page);
    await benchmarks.goto("victim-satisfaction-burglary");
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    await expect(benchmarks.row(/Warwickshire/)).toContainText(/74(\.0)?%/);
    await expect(benchmarks.row(/West Mercia/)).toContainText("83.8%");
  });

  test("the XmR chart labels the latest month, the one the report asks about", async ({ page }) => {
    // "101 abandonment rate ... 7.5% for Mar-23": the chart cannot label every month on a tablet, and the
    // month it must not drop is the latest.
    const metric = new MetricPage(page);
    await metric.goto("abandonment-rate-101");
    await waitForPageReady(page);
    await expect(page.getByRole("main")).toContainText("7.5%");
    // The chart is drawn once it scrolls into view, as the reader scrolls down to it.
    await page
      .getByRole("region", { name: "Process control chart (XmR)" })
      .getByRole("figure")
      .scrollIntoViewIfNeeded();
    const monthLabels = page.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await expect(monthLabels.last()).toHaveText("Mar-23");
    expect(await monthLabels.count()).toBeLessThanOrEqual(6);
  });

  test("on poor Wi-Fi a dropped request is tried again and the page still arrives", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await waitForPageReady(page);
    // The priority's data is lost on the way twice, as on a tablet walking between rooms. Without
    // retries the page would show its error: one try from the route's preload, one from the page.
    let dropped = 0;
    await page.route("**/graphql", (route) => {
      const isPriorityQuery = route.request().postData()?.includes("query Priority(") ?? false;
      if (!isPriorityQuery || dropped >= 2) return route.continue();
      dropped += 1;
      return route.abort("internetdisconnected");
    });
    await overview.openPriority(2);
    const priority = new PriorityPage(page);
    await expect(priority.heading(2)).toContainText("Reduce violence and serious harm");
    await waitForPageReady(page);
    expect(dropped).toBe(2);
  });

  test("a CJS figure against the national figure", async ({ page }) => {
    const cjs = new CjsPage(page);
    await cjs.goto();
    await waitForPageReady(page);
    await expectNoHorizontalScroll(page);
    // "Oct to Dec 22 - Average days taken for police to charge an offender in victim-based cases.
    // Nationally 49 days. 63 days. UP 15 days from previous quarter"
    const daysToCharge = cjs.measure(
      "Average days taken for police to charge an offender in victim-based cases",
    );
    await expect(daysToCharge).toContainText("63 days");
    await expect(daysToCharge).toContainText("49 days");
  });
});
