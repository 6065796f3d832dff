import { expect, test } from "@playwright/test";
import { expectFocusVisible } from "../fixtures/expectFocusVisible.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { OverviewPage } from "../pages/OverviewPage.ts";
import { PresentationPage } from "../pages/PresentationPage.ts";

// A meeting by keyboard or clicker (issue 5, "Meetings and tablets"): a clicker sends PageDown/PageUp,
// a laptop's arrows do the same. Presentation mode steps through the exceptions and the four priorities.
const MAX_SLIDES = 20;

test.describe("a meeting by keyboard", () => {
  test.skip(({ hasTouch }) => hasTouch, "the meeting-room screen (desktop project)");

  test("presentation mode steps through exceptions and priorities and Esc leaves it", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await waitForPageReady(page);
    // Into presentation mode from the main navigation, by keyboard.
    const present = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Present" });
    await present.focus();
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");

    const presentation = new PresentationPage(page);
    await expect(page).toHaveURL(/\/present/);
    await waitForPageReady(page);
    const titles = [await presentation.slideTitle()];
    for (let i = 0; i < MAX_SLIDES; i += 1) {
      const before = titles.at(-1);
      await page.keyboard.press(i % 2 === 0 ? "ArrowRight" : "PageDown");
      // The last slide stays put: stop when a step no longer changes the title.
      const moved = await expect(presentation.slideHeading)
        .not.toHaveText(before ?? "", { timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      if (!moved) break;
      titles.push(await presentation.slideTitle());
    }
    expect(
      titles.some((t) => /exception/i.test(t)),
      `slides: ${titles.join(" | ")}`,
    ).toBe(true);
    for (const n of [1, 2, 3, 4]) {
      expect(
        titles.some((t) => t.includes(`Priority ${n}`)),
        `slides: ${titles.join(" | ")}`,
      ).toBe(true);
    }

    // Back one slide, as a clicker's "previous" button does.
    const last = titles.at(-1) ?? "";
    await page.keyboard.press("PageUp");
    await expect(presentation.slideHeading).not.toHaveText(last);

    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/\/present/);
    await waitForPageReady(page);
    await page.keyboard.press("Tab");
    await expectFocusVisible(page);
  });
});
