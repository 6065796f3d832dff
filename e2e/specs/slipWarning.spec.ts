import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaGraphql } from "../fixtures/signInViaGraphql.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { DeliverableRow } from "../pages/DeliverableRow.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// A deliverable that warns before it slips, and an editor putting right the day its due text was read
// as. Added to the March – May 23 quarter, it starts on 1 Mar 2023 and is judged as at 31 May 2023:
// "Sept 2023" (30 Sep) at 10 % has 91 of 213 days gone (43 %), trailing by 33 points: likely to be
// late. Due 31 Mar 2024 instead, 91 of 396 days (23 %) are gone: under a third, so no warning.
// Each run adds its own deliverable on priority 3, so tablet and desktop never edit the same record.
const PRIORITY = 3;

test("a deliverable likely to be late says so with its rule; an editor corrects its due date", async ({
  page,
  baseURL,
}, testInfo) => {
  const api = await ScorecardApi.signedInAs("editor", baseURL!);
  const action = `Victim hub referral pathway (e2e ${testInfo.project.name}-${Date.now()})`;
  const deliverable = await api.addDeliverable({
    priority: PRIORITY,
    action,
    due: "Sept 2023",
    progress: 10,
  });

  await signInViaGraphql(page, "editor");
  const priority = new PriorityPage(page);
  await priority.goto(PRIORITY);
  await waitForPageReady(page);
  const row = new DeliverableRow(page, action).row;
  await expect(row).toContainText("read as 30 Sep 2023");
  const warning = row.getByText("Likely to be late: 43% of the time gone");
  await expect(warning).toBeVisible();
  await warning.click();
  await expect(row).toContainText(
    "10% done with 43% of the time from 1 Mar 2023 to 30 Sep 2023 gone; flagged when progress trails",
  );
  await expectNoAxeViolations(page);

  // The report's quarter is published: a correction to it says why, once for the page.
  await priority.giveCorrectionReason("The due date was read wrongly from the report's wording");
  await row.getByRole("button", { name: "Correct date" }).click();
  const dialog = page.getByRole("dialog", { name: `Correct due date: ${action}` });
  await expect(dialog).toContainText('"Sept 2023" was read as 30 Sep 2023.');
  await expectNoAxeViolations(page);
  await dialog.getByRole("textbox", { name: "Due date" }).fill("2024-03-31");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("31 Mar 2024, set by an editor");
  await expect(row).not.toContainText("Likely to be late");
  await expect(row).toContainText("Sept 2023");

  await api.retireDeliverable(deliverable.id);
  await api.dispose();
});
