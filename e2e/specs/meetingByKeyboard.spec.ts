import { expect, test } from "@playwright/test";
import { expectFocusVisible } from "../fixtures/expectFocusVisible.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { OverviewPage } from "../pages/OverviewPage.ts";
import { PresentationPage } from "../pages/PresentationPage.ts";

// A meeting by keyboard or clicker (the fortnightly review on a big screen): a clicker sends PageDown/PageUp,
// a laptop's arrows do the same. Presentation mode steps through the exceptions and the four priorities.
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
    // "Slide 1 of N", announced politely; step through every slide, alternating arrow and clicker keys.
    await expect(presentation.slideCounter).toHaveText(/^Slide 1 of \d+$/);
    const count = Number((await presentation.slideCounter.textContent())?.match(/of (\d+)/)?.[1]);
    const titles = [await presentation.slideTitle()];
    for (let n = 2; n <= count; n += 1) {
      await page.keyboard.press(n % 2 === 0 ? "ArrowRight" : "PageDown");
      await expect(presentation.slideCounter).toHaveText(`Slide ${n} of ${count}`);
      titles.push(await presentation.slideTitle());
      // The most severe exception comes first, said in one line as the report says it: "Average priority
      // response time is 1:54:53 breaching the SLA of 1 hour".
      if (n === 2)
        await expect(page.getByRole("main")).toContainText("1:54:53 in Mar-23 breaches the 1-hour SLA");
    }
    const slides = `slides: ${titles.join(" | ")}`;
    expect(titles.filter((t) => /exception/i.test(t)).length, slides).toBeGreaterThan(0);
    for (const n of [1, 2, 3, 4]) {
      expect(
        titles.some((t) => t.startsWith(`Priority ${n}:`)),
        slides,
      ).toBe(true);
    }

    // Back one slide, as a clicker's "previous" button does.
    await page.keyboard.press("PageUp");
    await expect(presentation.slideCounter).toHaveText(`Slide ${count - 1} of ${count}`);
    await page.keyboard.press("ArrowLeft");
    await expect(presentation.slideCounter).toHaveText(`Slide ${count - 2} of ${count}`);

    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/\/present/);
    await waitForPageReady(page);
    // Focus stays visible after leaving: the first Tab lands on the skip link, with its ring.
    await page.keyboard.press("Tab");
    await expectFocusVisible(page);
  });
});
