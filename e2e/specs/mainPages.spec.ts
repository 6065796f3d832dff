import { join } from "node:path";
import { test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { expectNoHorizontalScroll } from "../fixtures/expectNoHorizontalScroll.ts";
import { mainPages } from "../fixtures/mainPages.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";

// One visit per page and viewport: a full-page screenshot for reviewers (e2e/screenshots/, gitignored),
// then axe-core with the WCAG 2.2 AA tags (issue 5, "Done when"), then no sideways scrolling. The
// screenshot comes first so a page with violations still leaves its picture.
for (const { name, path } of mainPages) {
  test(`${name} (${path}): screenshot, no axe violations, no sideways scroll`, async ({ page }, testInfo) => {
    await page.goto(path);
    await waitForPageReady(page);
    const file = join(testInfo.project.testDir, "..", "screenshots", testInfo.project.name, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await expectNoAxeViolations(page);
    // Issue 5: no horizontal scrolling from a 768 px tablet in portrait upwards.
    await expectNoHorizontalScroll(page);
  });
}
