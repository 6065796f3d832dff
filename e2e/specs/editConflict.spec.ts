import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaGraphql } from "../fixtures/signInViaGraphql.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { DeliverableRow } from "../pages/DeliverableRow.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// An edit is never lost silently: "two browser contexts edit the same deliverable and the second sees the conflict and
// resolves it without losing either text" — never a silent overwrite.
const PRIORITY = 3;

test("two editors save the same deliverable: the second sees both versions and keeps both texts", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== "desktop",
    "same API and dialog on every viewport: run once, on desktop",
  );
  const api = await ScorecardApi.signedInAs("editor", baseURL!);
  const action = `Advocacy services tender (e2e ${testInfo.project.name}-${Date.now()})`;
  const deliverable = await api.addDeliverable({ priority: PRIORITY, action, due: "April 23", progress: 75 });
  // Two browser contexts: two editors with their own sessions, as on two machines.
  const contexts = [await browser.newContext({ baseURL }), await browser.newContext({ baseURL })];
  const first = await contexts[0]!.newPage();
  const second = await contexts[1]!.newPage();
  for (const page of [first, second]) {
    await signInViaGraphql(page, "editor");
    await page.goto(`/priorities/${PRIORITY}`);
    await waitForPageReady(page);
    await new PriorityPage(page).giveCorrectionReason();
    await new DeliverableRow(page, action).editButton.click();
  }
  const firstText = "Tender evaluation complete; contract award due June.";
  const secondText = "Online offence services for victims confirmed in scope.";

  const firstRow = new DeliverableRow(first, action);
  await firstRow.noteInput.fill(firstText);
  await firstRow.saveButton.click();
  await expect(firstRow.row).toContainText(firstText);

  const secondRow = new DeliverableRow(second, action);
  await secondRow.noteInput.fill(secondText);
  await secondRow.saveButton.click();
  const conflict = second.getByRole("alertdialog", { name: "Someone else saved this first" });
  await expect(conflict).toBeVisible();
  // Both versions side by side: the one saved first and the one this editor typed.
  await expect(conflict.getByRole("heading", { name: "Your version" })).toBeVisible();
  await expect(conflict.getByRole("heading", { name: "Saved by someone else" })).toBeVisible();
  await expect(conflict).toContainText(secondText);
  await expect(conflict).toContainText(firstText);
  await expectNoAxeViolations(second);
  // The merged note starts with both texts, theirs first; the editor keeps it and saves.
  const merged = conflict.getByRole("textbox", { name: "Merged note" });
  await expect(merged).toHaveValue(
    new RegExp(`${escapeRegExp(firstText)}[\\s\\S]*${escapeRegExp(secondText)}`),
  );
  await conflict.getByRole("button", { name: "Save merged note" }).click();
  await expect(conflict).toBeHidden();

  const stored = await api.deliverable(deliverable.id);
  expect(stored?.note).toContain(firstText);
  expect(stored?.note).toContain(secondText);
  await first.reload();
  await expect(new DeliverableRow(first, action).row).toContainText(secondText);

  await Promise.all(contexts.map((context) => context.close()));
  await api.retireDeliverable(deliverable.id);
  await api.dispose();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
