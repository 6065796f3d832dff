import { expect, type Locator, type Page, test } from "@playwright/test";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { GlossaryPage } from "../pages/GlossaryPage.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// The report's Terminology page: "RASSO Rape & Serious Sexual Offences", "FAT Further Action Taken
// (charge/caution/penalty notice)", "THRIVE Threat, harm, risk, investigate, vulnerable, engagement and
// expectations". Priority 2's commentary uses RASSO ("Volume of RASSO is reporting ...").
const RASSO = "Rape & Serious Sexual Offences";

async function openPriority2Acronym(page: Page): Promise<{ acronym: Locator; meaning: Locator }> {
  const priority = new PriorityPage(page);
  await priority.goto(2);
  await waitForPageReady(page);
  return {
    acronym: page.getByRole("main").getByRole("button", { name: "RASSO", exact: true }).first(),
    meaning: page.getByRole("tooltip").filter({ hasText: RASSO }),
  };
}

test.describe("glossary everywhere", () => {
  test("an acronym in the text shows its meaning on hover and on keyboard focus", async ({ page }) => {
    const { acronym, meaning } = await openPriority2Acronym(page);
    await expect(meaning).toBeHidden();

    await acronym.hover();
    await expect(meaning).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(meaning).toBeHidden();

    await acronym.focus();
    await expect(meaning).toBeVisible();
    await expect(acronym).toHaveAccessibleDescription(RASSO);
    // WCAG 1.4.13: content shown on focus can be dismissed without moving focus.
    await page.keyboard.press("Escape");
    await expect(meaning).toBeHidden();
  });

  test("an acronym shows its meaning on tap (or click)", async ({ page, hasTouch }) => {
    const { acronym, meaning } = await openPriority2Acronym(page);
    if (hasTouch) await acronym.tap();
    else await acronym.click();
    await expect(meaning).toBeVisible();
  });

  test("the glossary page lists every acronym with its meaning", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the same list on every viewport: run once, on desktop");
    const glossary = new GlossaryPage(page);
    await glossary.goto();
    await waitForPageReady(page);
    const main = page.getByRole("main");
    await expect(main).toContainText("RASSO");
    await expect(main).toContainText(RASSO);
    await expect(main).toContainText("THRIVE");
    await expect(main).toContainText(
      "Threat, harm, risk, investigate, vulnerable, engagement and expectations",
    );
    await expect(main).toContainText("MSG");
    await expect(main).toContainText(/Most similar group/i);
  });
});
