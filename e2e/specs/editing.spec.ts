import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaGraphql } from "../fixtures/signInViaGraphql.ts";
import { signInViaUi } from "../fixtures/signInViaUi.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { DeliverableRow } from "../pages/DeliverableRow.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// The editor's journey: an editor signs in, changes a deliverable's progress and a risk statement,
// reloads and sees them persisted, and sees the change in the history. Each test edits records it
// created itself (on priority 3, away from the board member's priority 1 journey), so tests running in
// parallel, and the tablet and desktop runs of the same test, never edit the same record.
const PRIORITY = 3;

test.describe("an editor keeps the scorecard true", () => {
  test("changes a deliverable's progress and a risk statement; both persist and show in the history", async ({
    page,
    baseURL,
  }, testInfo) => {
    const tag = `${testInfo.project.name}-${Date.now()}`;
    const api = await ScorecardApi.signedInAs("editor", baseURL!);
    const action = `Mobile police station rota (e2e ${tag})`;
    const deliverable = await api.addDeliverable({
      priority: PRIORITY,
      action,
      due: "Q4 2023",
      progress: 40,
    });
    const riskText = `Custody healthcare recruitment (e2e ${tag})`;
    await api.addRisk(PRIORITY, riskText);

    await signInViaUi(page, "editor");
    const priority = new PriorityPage(page);
    await priority.goto(PRIORITY);
    await waitForPageReady(page);
    await priority.giveCorrectionReason();

    const row = new DeliverableRow(page, action);
    await expect(row.row).toContainText("40%");
    await row.editButton.click();
    await expect(page.getByRole("dialog", { name: `Edit deliverable: ${action}` })).toBeVisible();
    await row.progressInput.fill("55");
    await row.saveButton.click();
    await expect(row.row).toContainText("55%");

    const risk = priority.risks.getByRole("listitem").filter({ hasText: riskText });
    await risk.getByRole("button", { name: /^edit/i }).click();
    const newRisk = `${riskText}: the provider has widened its advertising`;
    await expectNoAxeViolations(page);
    await priority.risks.getByRole("textbox", { name: /risk or issue text/i }).fill(newRisk);
    await priority.risks.getByRole("button", { name: /^save/i }).click();
    await expect(priority.risks).toContainText(newRisk);

    await page.reload();
    await waitForPageReady(page);
    // Still signed in after the reload: the header's signed-in state names the editor.
    await expect(page.getByRole("banner")).toContainText("editor@pcc.local");
    await expect(row.row).toContainText("55%");
    await expect(priority.risks).toContainText(newRisk);

    await row.historyButton.click();
    const history = page.getByRole("dialog", { name: "History of deliverable" });
    // The history's one line per changed field: "progress: 40 → 55" (schema: AuditEvent.changes).
    await expect(history).toContainText(/progress: 40 → 55/);
    await expect(history).toContainText("editor@pcc.local");
    await expectNoAxeViolations(page);
    await history.getByRole("button", { name: "Close" }).click();

    await api.retireDeliverable(deliverable.id);
    await api.dispose();
  });

  test("the editing views and dialogs have no axe violations", async ({ page }) => {
    await signInViaGraphql(page, "editor");
    const priority = new PriorityPage(page);
    await priority.goto(PRIORITY);
    await waitForPageReady(page);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Edit deliverable" }).first().click();
    await expect(page.getByRole("dialog", { name: /^Edit deliverable/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");

    await page.goto("/activity");
    await waitForPageReady(page);
    await expectNoAxeViolations(page);
  });

  test("an admin's users page has no axe violations", async ({ page }) => {
    await signInViaGraphql(page, "admin");
    await page.goto("/admin/users");
    await waitForPageReady(page);
    await expect(page.getByRole("main")).toContainText("viewer@pcc.local");
    await expectNoAxeViolations(page);
  });
});
