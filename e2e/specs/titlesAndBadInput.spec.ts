import { expect, type Locator, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { mainPages } from "../fixtures/mainPages.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaGraphql } from "../fixtures/signInViaGraphql.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { DeliverableRow } from "../pages/DeliverableRow.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// Each test edits a deliverable it created itself on priority 3, as editing.spec.ts does.
const PRIORITY = 3;
const SITE = "Police and Crime Plan scorecard";

// A press that lands before the page has hydrated opens nothing: press again until the dialog shows.
async function openEditor(row: DeliverableRow, dialog: Locator): Promise<void> {
  await expect(async () => {
    await row.editButton.click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

// These journeys edit and reload on a machine shared with the server and other runs.
test.slow();

test.describe("bad input in the browser", () => {
  test("a progress of 150 shows the API's own error and saves nothing", async ({
    page,
    baseURL,
  }, testInfo) => {
    const api = await ScorecardApi.signedInAs("editor", baseURL!);
    const action = `Victim services review (e2e ${testInfo.project.name}-${Date.now()})`;
    const deliverable = await api.addDeliverable({
      priority: PRIORITY,
      action,
      due: "Q4 2023",
      progress: 40,
    });
    const before = await api.deliverable(deliverable.id);

    await signInViaGraphql(page, "editor");
    const priority = new PriorityPage(page);
    await priority.goto(PRIORITY);
    await waitForPageReady(page);
    await priority.giveCorrectionReason();
    const row = new DeliverableRow(page, action);
    const dialog = page.getByRole("dialog", { name: `Edit deliverable: ${action}` });
    await openEditor(row, dialog);
    await row.progressInput.fill("150");
    await row.saveButton.click();

    // The words of the API's field error (checkDeliverableFields), beside the field and tied to it.
    await expect(dialog).toContainText("Progress must be a whole number from 0 to 100.");
    await expect(row.progressInput).toHaveAttribute("aria-invalid", "true");
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await api.deliverable(deliverable.id)).toEqual(before);

    // Closing asks whether to discard the typed 150; it is discarded, and the saved 40% stands.
    page.once("dialog", (confirm) => void confirm.accept());
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.reload();
    await waitForPageReady(page);
    await expect(row.row).toContainText("40%");
    await expect(row.row).not.toContainText("Complete");

    await api.retireDeliverable(deliverable.id);
    await api.dispose();
  });
});

test.describe("an editor driving the meeting screen", () => {
  test("views the scorecard as a reader until switching back, and the tab remembers it", async ({ page }) => {
    await signInViaGraphql(page, "editor");
    const priority = new PriorityPage(page);
    await priority.goto(PRIORITY);
    await waitForPageReady(page);
    const editButtons = page.getByRole("button", { name: "Edit deliverable" });
    await expect(editButtons.first()).toBeVisible();
    const toggle = page.getByRole("button", { name: "View as reader" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(editButtons).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Activity" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.reload();
    await waitForPageReady(page);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(editButtons).toHaveCount(0);
    await toggle.click();
    await expect(editButtons.first()).toBeVisible();
  });

  test("the activity feed says in words what changed and links to it", async ({
    page,
    baseURL,
  }, testInfo) => {
    const api = await ScorecardApi.signedInAs("editor", baseURL!);
    const action = `Neighbourhood survey (e2e ${testInfo.project.name}-${Date.now()})`;
    const deliverable = await api.addDeliverable({
      priority: PRIORITY,
      action,
      due: "Q4 2023",
      progress: 40,
    });
    await signInViaGraphql(page, "editor");
    const priority = new PriorityPage(page);
    await priority.goto(PRIORITY);
    await waitForPageReady(page);
    await priority.giveCorrectionReason();
    const row = new DeliverableRow(page, action);
    await openEditor(row, page.getByRole("dialog", { name: `Edit deliverable: ${action}` }));
    await row.progressInput.fill("60");
    await row.noteInput.fill("Fieldwork under way");
    await row.saveButton.click();
    await expect(row.row).toContainText("60%");

    await page.goto("/activity");
    await waitForPageReady(page);
    const line = page.getByRole("listitem").filter({ hasText: action }).first();
    await expect(line).toContainText("Progress 40% → 60%, note added");
    await line.getByRole("link", { name: action }).click();
    await expect(priority.heading(PRIORITY)).toBeVisible();

    await api.retireDeliverable(deliverable.id);
    await api.dispose();
  });
});

test.describe("every page has its own title", () => {
  const pages = [
    ...mainPages,
    { name: "activity", path: "/activity" },
    { name: "import", path: "/data/import" },
    { name: "not-found", path: "/no-such-page" },
  ];

  test("titles name the page first and no two pages share one", async ({ page }) => {
    const titles = new Map<string, string>();
    for (const { name, path } of pages) {
      await page.goto(path);
      await waitForPageReady(page);
      // Until the page hydrates the head still holds index.html's title, the site name alone.
      await expect(page, name).toHaveTitle(new RegExp(`^.+ – ${SITE}$`));
      titles.set(name, await page.title());
    }
    expect(titles.get("overview")).toBe(`Overview – ${SITE}`);
    expect(titles.get("priority-4")).toMatch(/^Priority 4: /);
    expect(titles.get("metric")).toBe(`101 abandonment rate – ${SITE}`);
    expect(titles.get("benchmarks")).toMatch(/^Benchmarks: Crimes per 1000 population – /);
    expect(new Set(titles.values()).size).toBe(titles.size);
  });

  test("an unknown metric's page hydrates without a React error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/metrics/does-not-exist");
    await expect(page.getByText("No such metric")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveTitle(`Metric – ${SITE}`);
    await expect(page.getByText("No such metric")).toBeVisible();
    expect(errors).toEqual([]);
  });
});
