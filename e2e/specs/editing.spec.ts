import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaUi } from "../fixtures/signInViaUi.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { DeliverableRow } from "../pages/DeliverableRow.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// Issue 6, "Done when": an editor signs in, changes a deliverable's progress and a risk statement,
// reloads and sees them persisted, and sees the change in the history. Each test edits records it
// created itself (on priority 3, away from the board member's priority 1 journey).
const PRIORITY = 3;

test.describe("an editor keeps the scorecard true", () => {
  test.fixme(true, "no sign-in page or edit controls in apps/web yet (issue 6)");

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

    const row = new DeliverableRow(page, action);
    await row.editButton.click();
    await expectNoAxeViolations(page);
    await row.progressInput.fill("55");
    await row.saveButton.click();
    await expect(row.row).toContainText("55%");

    const risk = priority.risks.getByRole("listitem").filter({ hasText: riskText });
    await risk.getByRole("button", { name: /edit/i }).click();
    const newRisk = `${riskText}: provider has widened its advertising`;
    await page.getByRole("textbox", { name: /risk|statement|text/i }).fill(newRisk);
    await page.getByRole("button", { name: /^save/i }).click();
    await expect(priority.risks).toContainText(newRisk);

    await page.reload();
    await waitForPageReady(page);
    await expect(row.row).toContainText("55%");
    await expect(priority.risks).toContainText(newRisk);

    await row.historyButton.click();
    // The history's one line per changed field: "progress: 40 → 55" (schema: AuditEvent.changes).
    await expect(page.getByText(/progress: 40 → 55/)).toBeVisible();
    await expect(page.getByText(demoEditorEmail)).toBeVisible();
    await expectNoAxeViolations(page);

    await api.retireDeliverable(deliverable.id);
    await api.dispose();
  });
});

const demoEditorEmail = "editor@pcc.local";
