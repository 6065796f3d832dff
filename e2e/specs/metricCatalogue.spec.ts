import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaUi } from "../fixtures/signInViaUi.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { CataloguePage } from "../pages/CataloguePage.ts";

// The admin's journey, tried as a new user would: add a metric with an SLA, edit it, mark a process
// change and place it in a section, in order. Each run makes its own metric and section (on priority
// 3), so the tablet and desktop runs never touch each other's records.
const PRIORITY = 3;

/** A metric name as a pattern: names carry brackets and dots ("Crime (mean)"). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Fourteen months of data to Mar-23 through the API, so a process change has months to split. */
async function loadMonths(api: ScorecardApi, metricId: string) {
  for (let i = 0; i < 14; i += 1) {
    const at = new Date(Date.UTC(2022, 1 + i, 1)).toISOString().slice(0, 7);
    const body = await api.query<{ recordObservation: { errors: { message: string }[] } }>(
      `mutation R($input: ObservationInput!) { recordObservation(input: $input) { errors { message } } }`,
      { input: { metricId, periodStart: at, periodEnd: at, value: 8 + (i % 4) } },
    );
    expect(body.data?.recordObservation.errors, JSON.stringify(body)).toEqual([]);
  }
}

test("an admin adds a metric with an SLA, edits it, marks a process change and places it in a section", async ({
  page,
  baseURL,
}, testInfo) => {
  // A long journey (three axe checks, fourteen months loaded) on two shared cores.
  test.setTimeout(180_000);
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const id = `e2e-abandonment-${tag}`.toLowerCase();
  const name = `101 abandonment (e2e ${tag})`;
  const sectionTitle = `CALL HANDLING (e2e ${tag})`;
  const api = await ScorecardApi.signedInAs("admin", baseURL!);
  const scorecards = await api.query<{ priority: { scorecards: { id: string }[] } }>(
    `{ priority(number: ${PRIORITY}) { scorecards { id } } }`,
  );
  const scorecardId = scorecards.data!.priority.scorecards[0]!.id;
  const made = await api.query<{ createScorecardSection: { errors: unknown[] } }>(
    `mutation C($sc: ID!, $t: String!) { createScorecardSection(scorecardId: $sc, title: $t) { errors { field } } }`,
    { sc: scorecardId, t: sectionTitle },
  );
  expect(made.data?.createScorecardSection.errors, JSON.stringify(made)).toEqual([]);

  await signInViaUi(page, "admin");
  await page.getByRole("link", { name: "Metrics", exact: true }).click();
  const catalogue = new CataloguePage(page);
  await waitForPageReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Metric catalogue");
  await expectNoAxeViolations(page);

  // Create: a missing SLA wording is named beside its field, then put right.
  await catalogue.newMetric.click();
  const form = catalogue.newMetricForm;
  await form.getByRole("textbox", { name: "Id" }).fill(id);
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("combobox", { name: "Unit" }).selectOption("PERCENT");
  await form.getByRole("combobox", { name: "Target or SLA", exact: true }).selectOption("SLA");
  await form.getByRole("textbox", { name: "Target or SLA value" }).fill("10");
  await form.getByRole("textbox", { name: "Data source" }).fill("Force contact management system");
  await form.getByRole("button", { name: "Create metric" }).click();
  const wording = form.getByRole("textbox", { name: "Target or SLA wording" });
  await expect(wording).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("an SLA needs its wording");
  await expectNoAxeViolations(page);
  await wording.fill("SLA of 10%");
  await form.getByRole("textbox", { name: "Set by" }).fill("Force");
  await form.getByRole("button", { name: "Create metric" }).click();
  await expect(catalogue.definitionForm(name)).toBeVisible();

  // Edit: the name and the SPC run length; the history says what changed.
  const renamed = `${name} renamed`;
  await catalogue.definitionForm(name).getByRole("textbox", { name: "Name" }).fill(renamed);
  await catalogue.definitionForm(name).getByRole("textbox", { name: "SPC run length (shift)" }).fill("8");
  await catalogue.definitionForm(name).getByRole("button", { name: "Save definition" }).click();
  await expect(page.getByRole("heading", { level: 2, name: renamed })).toBeVisible();
  const history = page.getByRole("region", { name: "Definition history" });
  await expect(history).toContainText(`name: ${name} → ${renamed}`);
  await expect(history).toContainText("admin@pcc.local: metric.update");

  // A process change, once the metric has data to split.
  await loadMonths(api, id);
  const processChanges = page.getByRole("form", { name: "Add a process change" });
  await processChanges.getByRole("textbox", { name: "Month" }).fill("Sep-22");
  await processChanges.getByRole("textbox", { name: "Reason" }).fill("New 101 operating model");
  await processChanges.getByRole("button", { name: "Add process change" }).click();
  await expect(page.getByRole("region", { name: "Process changes" })).toContainText(
    "Sep-22: New 101 operating model",
  );

  // Place it in the section after another metric, then move it up by keyboard.
  await page
    .getByRole("combobox", { name: "Priority whose sections to arrange" })
    .selectOption(String(PRIORITY));
  const section = catalogue.section(sectionTitle);
  const picker = section.getByRole("combobox", { name: `Metric to add to ${sectionTitle}` });
  // One of the report's own metrics, not another run's.
  const names = await picker.locator("option").allTextContents();
  const other = names.find((n) => n !== "Choose a metric" && !n.includes("(e2e "))!;
  await picker.selectOption({ label: other });
  await section.getByRole("button", { name: "Add to section" }).click();
  await expect(catalogue.sectionMetrics(sectionTitle)).toHaveCount(1);
  await picker.selectOption({ label: renamed });
  await section.getByRole("button", { name: "Add to section" }).click();
  await expect(catalogue.sectionMetrics(sectionTitle)).toHaveText([
    new RegExp(`^1\\. ${literal(other)}`),
    /^2\. 101 abandonment/,
  ]);
  await section.getByRole("button", { name: `Move up ${renamed}` }).focus();
  await page.keyboard.press("Enter");
  await expect(catalogue.sectionMetrics(sectionTitle)).toHaveText([
    /^1\. 101 abandonment/,
    new RegExp(`^2\\. ${literal(other)}`),
  ]);
  await expect(page.getByRole("status").filter({ hasText: `Moved ${renamed} up to place 1` })).toBeVisible();
  await expectNoAxeViolations(page);
  await api.dispose();
});
