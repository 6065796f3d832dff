import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { expectNoHorizontalScroll } from "../fixtures/expectNoHorizontalScroll.ts";
import { findSmallTouchTargets } from "../fixtures/findSmallTouchTargets.ts";
import { mainPages } from "../fixtures/mainPages.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";

// One visit per page and viewport: a full-page screenshot for reviewers (e2e/screenshots/, gitignored),
// then axe-core with the WCAG 2.2 AA tags (UK public bodies must meet WCAG 2.2 AA), then no sideways scrolling and touch
// targets of at least 44 px for board members on tablets. The screenshot comes first so a page with violations still
// leaves its picture. The console must stay quiet: a hydration mismatch or a router warning there means
// a reader saw something other than intended.
for (const { name, path } of mainPages) {
  test(`${name} (${path}): screenshot, no axe violations, no sideways scroll, 44 px targets, quiet console`, async ({
    page,
  }, testInfo) => {
    const consoleProblems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleProblems.push(`uncaught: ${error.message}`));
    await page.goto(path);
    await waitForPageReady(page);
    const file = join(testInfo.project.testDir, "..", "screenshots", testInfo.project.name, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await expectNoAxeViolations(page);
    // Board members read on tablets: no horizontal scrolling from a 768 px tablet in portrait upwards.
    await expectNoHorizontalScroll(page);
    expect(await findSmallTouchTargets(page), "controls smaller than 44 × 44 px").toEqual([]);
    expect(consoleProblems, "console errors and warnings while the page loaded").toEqual([]);
  });
}
