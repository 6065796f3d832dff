import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaGraphql } from "../fixtures/signInViaGraphql.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// The quarterly cycle, as a new team would run it: an editor opens the quarter after the report's
// (March – May 23), sees the deliverables it carried and last quarter's focus to report against; an
// anonymous reader cannot see the draft; an admin publishes it, and then everyone sees it. Publishing
// changes the current quarter for every page, so this spec runs in a project of its own after the
// others (playwright.config.ts, "quarterly cycle").
const FROM = "2023-Q-MAR-MAY";
const NEXT = "2023-Q-JUN-AUG";
const PRIORITY = 3;

test("an editor opens the next quarter, an admin publishes it, and readers see it only then", async ({
  browser,
  baseURL,
}) => {
  const editorApi = await ScorecardApi.signedInAs("editor", baseURL!);
  const action = `Rural crime partnership plan (e2e ${Date.now()})`;
  await editorApi.addDeliverable({ priority: PRIORITY, action, due: "Q4 2023", progress: 30 });

  // The editor opens June – Aug 23 from the published quarter.
  const editorContext = await browser.newContext({ baseURL });
  const editor = await editorContext.newPage();
  await signInViaGraphql(editor, "editor");
  const priority = new PriorityPage(editor);
  await editor.goto(`/priorities/${PRIORITY}?period=${FROM}`);
  await waitForPageReady(editor);
  await editor.getByRole("button", { name: "Open next quarter" }).click();
  await expect(editor).toHaveURL(new RegExp(`period=${NEXT}`));
  await expect(editor.getByRole("complementary", { name: "Draft quarter" })).toContainText(
    "Draft – not visible to the public",
  );
  await expect(priority.deliverables).toContainText(action);
  await expect(priority.deliverables).toContainText("30%");
  const lastFocus = editor.getByRole("region", { name: /Last quarter's focus/ });
  await expect(lastFocus).toContainText("March – May 23");
  await expect(lastFocus.getByRole("listitem").first()).toBeVisible();
  await expect(editor.getByRole("combobox", { name: "Reporting period" })).toContainText(
    "June – Aug 23 (draft)",
  );
  const carried = editor.getByRole("region", { name: /Risks carried from last quarter/ });
  await expect(carried).toBeVisible();
  await expectNoAxeViolations(editor);
  // One carried risk reviewed in the page; the rest through the API, as other editors would.
  const keep = editor.getByRole("button", { name: "Keep" });
  const pendingInPage = await keep.count();
  await keep.first().click();
  await expect(keep).toHaveCount(pendingInPage - 1);

  // An anonymous reader asking for the draft by its code learns nothing of it.
  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  await reader.goto(`/priorities/${PRIORITY}?period=${NEXT}`);
  // The same answer as for a quarter that was never opened.
  await expect(reader.getByRole("alert")).toContainText(`Reporting period ${NEXT} does not exist`);
  await expect(reader.getByRole("main")).not.toContainText(action);
  await expect(reader.getByRole("main")).not.toContainText("Draft – not visible");
  await expect(reader.getByRole("combobox", { name: "Reporting period" })).not.toContainText("June – Aug 23");

  const { data } = await editorApi.query<{
    priorities: { risks: { id: string; version: number; review: string | null }[] }[];
  }>(`query R($p: String) { priorities { risks(period: $p) { id version review } } }`, { p: NEXT });
  for (const risk of data!.priorities.flatMap((p) => p.risks).filter((r) => r.review === "PENDING")) {
    const body = await editorApi.query(
      `mutation K($id: ID!, $v: Int!) { reviewRisk(id: $id, expectedVersion: $v, review: KEPT) { errors { message } } }`,
      { id: risk.id, v: risk.version },
    );
    expect(body.errors, JSON.stringify(body)).toBeUndefined();
  }

  // The admin publishes, after confirming.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signInViaGraphql(admin, "admin");
  await admin.goto(`/priorities/${PRIORITY}?period=${NEXT}`);
  await waitForPageReady(admin);
  await admin.getByRole("button", { name: "Publish quarter" }).click();
  const confirm = admin.getByRole("alertdialog", { name: "Publish June – Aug 23?" });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(admin);
  await confirm.getByRole("button", { name: "Publish quarter" }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.getByRole("complementary", { name: "Draft quarter" })).toHaveCount(0);

  // Now every reader sees it, as the current quarter.
  await reader.goto(`/priorities/${PRIORITY}`);
  await waitForPageReady(reader);
  await expect(reader.getByRole("combobox", { name: "Reporting period" })).toHaveValue(NEXT);
  await expect(new PriorityPage(reader).deliverables).toContainText(action);

  for (const context of [editorContext, readerContext, adminContext]) await context.close();
  await editorApi.dispose();
});
