import { type Browser, expect, type Page, test } from "@playwright/test";
import { emptyBaseURL, firstAdmin } from "../fixtures/emptyServer.ts";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { findSmallTouchTargets } from "../fixtures/findSmallTouchTargets.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { CataloguePage } from "../pages/CataloguePage.ts";
import { DeliverableRow } from "../pages/DeliverableRow.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";
import { SignInPage } from "../pages/SignInPage.ts";

// Any force, every quarter, tried as a new user would on a new production install: nothing is there
// until its admin sets up the force and the plan, adds metrics in the catalogue, loads a month of data,
// writes the quarter and publishes it; then an editor opens the next quarter and reports on it, and an
// anonymous reader sees the published quarter only. One install, one journey: its steps run in order,
// on one project (each step builds on the one before).
test.use({ baseURL: emptyBaseURL });
test.describe.configure({ mode: "serial" });

const NOT_SET_UP = "This scorecard has not been set up yet";
const FIRST = "2025-Q-JUN-AUG";
const NEXT = "2025-Q-SEP-NOV";
const editor = {
  email: "quarter.editor@northshire.test",
  name: "Quarter editor",
  password: "quarter-editor-0001",
};
const METRICS = {
  sla: { id: "call-answer-time", name: "999 calls answered within 10 seconds" },
  rolling: { id: "burglary-rolling", name: "Residential burglary (rolling 12 months)" },
  split: { id: "asb-incidents", name: "Anti-social behaviour incidents" },
} as const;
const SECTION = "CALLS AND CRIME";
const ACTION = "Open the rural crime hub in the north";
const FOCUS = "Agree the rural crime hub's opening date with partners";

async function expectReaderSeesNothingYet(page: Page) {
  for (const path of ["/", "/priorities/1", "/cjs"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: NOT_SET_UP })).toBeVisible();
  }
  await expect(page.getByText("Northshire")).toHaveCount(0);
}

async function signedIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL: emptyBaseURL });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(who.email, who.password);
  await expect(page.getByRole("button", { name: /sign out/i })).toBeVisible();
  return page;
}

/** Loads an observations CSV through the import page: check, read the row results, then commit. */
async function importObservations(page: Page, fileName: string, csv: string, rows: number) {
  await page.goto("/data/import");
  await expect(page.getByRole("heading", { level: 1, name: "Monthly data load" })).toBeVisible();
  await page.getByRole("radio", { name: /^Observations/ }).check();
  await page.getByLabel("File (.csv or .xlsx)").setInputFiles({
    name: fileName,
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Check file" }).click();
  const commit = page.getByRole("button", { name: `Commit ${rows} rows` });
  await expect(commit).toBeVisible();
  await commit.click();
}

/** One line of "What changed": its judgement in words (if any), then its sentence, and nothing else. */
const change = (judgement: string, sentence: string) =>
  new RegExp(`^${judgement}\\s*${sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

let admin: Page;

test.beforeEach(() => {
  test.skip(test.info().project.name !== "desktop", "one install, one journey: run on one project");
});

test("a reader of a new install is told it is not set up yet", async ({ page }) => {
  await expectReaderSeesNothingYet(page);
  await expectNoAxeViolations(page);
});

test("the first admin sets up the force, the plan and the first quarter; readers still see no draft", async ({
  browser,
}) => {
  admin = await signedIn(browser, firstAdmin);
  const page = admin;
  // An admin who opens the scorecard before it is set up is taken to the setup page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Set up the scorecard" })).toBeVisible();
  await expectNoAxeViolations(page);

  const force = page.getByRole("form", { name: "The force" });
  await force.getByRole("button", { name: "Save the force" }).click();
  // Nothing filled in: each field says what is wrong, and nothing was saved.
  await expect(force.getByText("must not be blank").first()).toBeVisible();
  await expect(force.getByLabel("Force name")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await force.getByLabel("Force name").fill("Northshire Police");
  await force.getByLabel("Force code").fill("northshire");
  await force.getByLabel("Force-wide area name").fill("Northshire Police (force-wide)");
  await force.getByLabel("Area 2 name").fill("North hub");
  await force.getByLabel("Area 2 code").fill("north");
  // From the keyboard, as an admin without a mouse would.
  await force.getByLabel("Area 2 code").press("Enter");
  await expect(page.getByText("Done: Northshire Police, 2 areas", { exact: true })).toBeVisible();

  const plan = page.getByRole("form", { name: "The plan" });
  await plan.getByLabel("Plan title").fill("Police and Crime Plan 2025-28");
  await plan.getByLabel("Plan code").fill("pcp-2025-28");
  await plan.getByLabel("First year").fill("2025");
  await plan.getByLabel("Last year").fill("2028");
  await plan.getByRole("button", { name: "Save the plan" }).click();
  await expect(
    page.getByText("Done: Police and Crime Plan 2025-28 (2025–2028)", { exact: true }),
  ).toBeVisible();

  const priority = page.getByRole("form", { name: "Add a priority" });
  for (const title of ["Prevent crime and keep people safe", "Put victims first"]) {
    await priority.getByLabel("Priority title").fill(title);
    await priority.getByRole("button", { name: "Add the priority" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: title })).toBeVisible();
  }
  await expect(page.getByText("Done: 2 priorities", { exact: true })).toBeVisible();

  // The scorecard the first priority's metrics will live in.
  const scorecard = page.getByRole("form", { name: "Add a scorecard" });
  await scorecard.getByLabel("Scorecard title").fill("Crime and safety");
  await scorecard.getByRole("button", { name: "Add the scorecard" }).click();
  await expect(scorecard.getByText("Added the scorecard Crime and safety.")).toBeVisible();

  const quarter = page.getByRole("form", { name: "Open the first quarter" });
  await quarter.getByLabel("First month of the quarter").fill("2025-06");
  await quarter.getByLabel("Month of data it reports on").fill("2025-05");
  await quarter.getByRole("button", { name: "Open the quarter" }).click();
  await expect(page.getByText("Done: June – Aug 25 (draft)", { exact: true })).toBeVisible();
  await expect(page.getByText("Every required step is done.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await findSmallTouchTargets(page), "controls smaller than 44 × 44 px").toEqual([]);

  // A reader in a browser of their own: the quarter is a draft, so nothing of it shows.
  const reader = await browser.newContext({ baseURL: emptyBaseURL });
  const readerPage = await reader.newPage();
  await expectReaderSeesNothingYet(readerPage);
  await expect(readerPage.getByText("Prevent crime and keep people safe")).toHaveCount(0);
  await expect(readerPage.getByText("June – Aug 25")).toHaveCount(0);
  await reader.close();
});

test("the admin adds an editor", async () => {
  const page = admin;
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users and roles" })).toBeVisible();
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(editor.email);
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(editor.name);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("EDITOR");
  await page.getByLabel("First password").fill(editor.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`Created ${editor.email}.`)).toBeVisible();
  await expect(page.getByRole("table")).toContainText(editor.email);
});

test("the admin adds three metrics in the catalogue and puts them in a section", async () => {
  const page = admin;
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await waitForPageReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Metric catalogue");
  await expectNoAxeViolations(page);

  const create = async (
    metric: { id: string; name: string },
    fields: (form: typeof catalogue.newMetricForm) => Promise<void>,
  ) => {
    await catalogue.newMetric.click();
    const form = catalogue.newMetricForm;
    await form.getByRole("textbox", { name: "Id" }).fill(metric.id);
    await form.getByRole("textbox", { name: "Name" }).fill(metric.name);
    await fields(form);
    await form.getByRole("textbox", { name: "Data source" }).fill("Force records");
    await form.getByRole("button", { name: "Create metric" }).click();
    await expect(catalogue.definitionForm(metric.name)).toBeVisible();
  };
  await create(METRICS.sla, async (form) => {
    await form.getByRole("combobox", { name: "Unit" }).selectOption("PERCENT");
    await form.getByRole("combobox", { name: "Polarity" }).selectOption("HIGHER_IS_BETTER");
    await form.getByRole("combobox", { name: "Target or SLA", exact: true }).selectOption("SLA");
    await form.getByRole("textbox", { name: "Target or SLA value" }).fill("90");
    await form.getByRole("textbox", { name: "Target or SLA wording" }).fill("SLA of 90%");
    await form.getByRole("textbox", { name: "Set by" }).fill("Force");
  });
  await create(METRICS.rolling, async (form) => {
    await form.getByRole("combobox", { name: "Unit" }).selectOption("COUNT");
    await form.getByRole("combobox", { name: "Polarity" }).selectOption("LOWER_IS_BETTER");
    await form.getByRole("combobox", { name: "Basis" }).selectOption("ROLLING_12_MONTHS");
  });
  await create(METRICS.split, async (form) => {
    await form.getByRole("combobox", { name: "Unit" }).selectOption("COUNT");
    await form.getByRole("combobox", { name: "Polarity" }).selectOption("LOWER_IS_BETTER");
  });

  await page.getByRole("combobox", { name: "Priority whose sections to arrange" }).selectOption("1");
  await page.getByRole("textbox", { name: "New section in Crime and safety" }).fill(SECTION);
  await page.getByRole("button", { name: "Add section" }).click();
  const section = catalogue.section(SECTION);
  await expect(section).toBeVisible();
  const picker = section.getByRole("combobox", { name: `Metric to add to ${SECTION}` });
  for (const metric of Object.values(METRICS)) {
    await picker.selectOption({ label: metric.name });
    await section.getByRole("button", { name: "Add to section" }).click();
    await expect(catalogue.sectionMetrics(SECTION).filter({ hasText: metric.name })).toHaveCount(1);
  }
  await expect(catalogue.sectionMetrics(SECTION)).toHaveText(
    Object.values(METRICS).map((m, i) => new RegExp(`^${i + 1}\\. ${m.name.replace(/[()]/g, "\\$&")}`)),
  );
});

test("the admin loads a month of data through the import page and marks a process change", async () => {
  const page = admin;
  const csv = [
    "metric,period_end,value",
    `${METRICS.sla.id},2025-05,88`,
    `${METRICS.rolling.id},2025-05,1200`,
    `${METRICS.split.id},2025-05,430`,
  ].join("\n");
  await importObservations(page, "northshire-2025-05.csv", csv, 3);
  await expect(page.getByRole("status").filter({ hasText: "Loaded" })).toContainText(
    "Loaded 3 rows: 3 added, 0 changed.",
  );
  await expectNoAxeViolations(page);

  // With a month of data, the third metric's limits can be split where its process changed.
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await catalogue.listed(METRICS.split.name).click();
  const processChanges = page.getByRole("form", { name: "Add a process change" });
  await processChanges.getByRole("textbox", { name: "Month" }).fill("May-25");
  await processChanges.getByRole("textbox", { name: "Reason" }).fill("New neighbourhood policing model");
  await processChanges.getByRole("button", { name: "Add process change" }).click();
  await expect(page.getByRole("region", { name: "Process changes" })).toContainText(
    "May-25: New neighbourhood policing model",
  );
});

test("the admin adds a deliverable and a focus statement, then publishes the quarter", async () => {
  const page = admin;
  // The web app has no form to add a deliverable: the admin's own session adds it through the API.
  const response = await page.request.post("/graphql", {
    headers: { "content-type": "application/json" },
    data: {
      query:
        "mutation($input: AddDeliverableInput!) { addDeliverable(input: $input) { deliverable { id } errors { field message } } }",
      variables: { input: { priority: 1, action: ACTION, due: "March 2026", progress: 20, period: FIRST } },
    },
  });
  const added = (await response.json()) as { data?: { addDeliverable: { errors: unknown[] } } };
  expect(added.data?.addDeliverable.errors, JSON.stringify(added)).toEqual([]);

  // From the setup page, where the checklist ends, to the draft quarter's first priority.
  await page.goto("/setup");
  await page.getByRole("link", { name: "Write and publish June – Aug 25" }).click();
  await expect(page).toHaveURL(new RegExp(`/priorities/1\\?period=${FIRST}$`));
  await waitForPageReady(page);
  const priority = new PriorityPage(page);
  await expect(priority.deliverables).toContainText(ACTION);
  await page.getByRole("button", { name: "Add focus item" }).click();
  await page.getByRole("textbox", { name: "New focus item" }).fill(FOCUS);
  await page.getByRole("button", { name: "Save new focus item" }).click();
  await expect(page.getByRole("main")).toContainText(FOCUS);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Publish quarter" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Publish June – Aug 25?" });
  await confirm.getByRole("button", { name: "Publish quarter" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Draft quarter" })).toHaveCount(0);
});

test("an editor opens the next quarter, reports against last quarter's focus and loads the next month", async ({
  browser,
}) => {
  const page = await signedIn(browser, editor);
  await page.goto(`/priorities/1?period=${FIRST}`);
  await waitForPageReady(page);
  await page.getByRole("button", { name: "Open next quarter" }).click();
  await expect(page).toHaveURL(new RegExp(`period=${NEXT}`));
  await expect(page.getByRole("complementary", { name: "Draft quarter" })).toContainText(
    "Draft – not visible to the public",
  );
  const priority = new PriorityPage(page);
  await expect(priority.deliverables).toContainText(ACTION);
  await expect(priority.deliverables).toContainText("20%");
  const lastFocus = page.getByRole("region", { name: /Last quarter's focus/ });
  await expect(lastFocus).toContainText("June – Aug 25");
  // Each focus item beside a box to tick as this quarter reports on it.
  await expect(lastFocus.getByRole("listitem")).toHaveCount(1);
  await expect(lastFocus.getByRole("listitem")).toContainText(FOCUS);
  await expectNoAxeViolations(page);

  const row = new DeliverableRow(page, ACTION);
  await row.editButton.click();
  await expect(page.getByRole("dialog", { name: `Edit deliverable: ${ACTION}` })).toBeVisible();
  await row.progressInput.fill("45");
  await row.saveButton.click();
  await expect(page.getByRole("dialog", { name: `Edit deliverable: ${ACTION}` })).toBeHidden();
  await expect(row.row).toContainText("45%");

  const csv = [
    "metric,period_end,value",
    `${METRICS.sla.id},2025-06,92`,
    `${METRICS.rolling.id},2025-06,1180`,
    `${METRICS.split.id},2025-06,430`,
  ].join("\n");
  await importObservations(page, "northshire-2025-06.csv", csv, 3);
  await expect(page.getByRole("status").filter({ hasText: "Loaded" })).toContainText(
    "Loaded 3 rows: 3 added, 0 changed.",
  );

  await page.goto(`/changes?period=${NEXT}`);
  await waitForPageReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("From June – Aug 25 to Sept – Nov 25");
  // Exactly what moved: two figures, the SLA now met, the deliverable's progress. The third metric's
  // figure held (430 both months), and no risk was opened or closed, so neither is listed.
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText([
    change(
      "Better",
      "Residential burglary (rolling 12 months) fell from 1,200 in May-25 to 1,180 in Jun-25 (better).",
    ),
    change(
      "Better",
      "999 calls answered within 10 seconds rose from 88.0% in May-25 to 92.0% in Jun-25 (better).",
    ),
    change("", "Newly met for 999 calls answered within 10 seconds: 92.0% is within the SLA of 90.0%."),
    change("", `${ACTION}: progress rose from 20% to 45%.`),
  ]);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
    "Figures, signals and targets (3)",
    "Deliverables (1)",
    "Risks and issues (0)",
  ]);
  await expectNoAxeViolations(page);
  await page.context().close();
});

test("an anonymous reader sees the published quarter and not the draft", async ({ page }) => {
  await page.goto("/priorities/1");
  await waitForPageReady(page);
  const picker = page.getByRole("combobox", { name: "Reporting period" });
  await expect(picker).toHaveValue(FIRST);
  await expect(new PriorityPage(page).deliverables).toContainText(ACTION);
  await expect(picker.locator("option")).toHaveText(["June – Aug 25"]);

  await page.goto(`/priorities/1?period=${NEXT}`);
  // The same answer as for a quarter that was never opened.
  await expect(page.getByRole("alert")).toContainText(`Reporting period ${NEXT} does not exist`);
  await expect(page.getByRole("main")).not.toContainText("45%");
  await expect(page.getByRole("main")).not.toContainText("Draft – not visible");
  await admin.context().close();
});
