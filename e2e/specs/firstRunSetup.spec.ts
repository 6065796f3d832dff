import { expect, type Page, test } from "@playwright/test";
import { emptyBaseURL, firstAdmin } from "../fixtures/emptyServer.ts";
import { expectNoAxeViolations } from "../fixtures/expectNoAxeViolations.ts";
import { findSmallTouchTargets } from "../fixtures/findSmallTouchTargets.ts";
import { SignInPage } from "../pages/SignInPage.ts";

// A new production install, tried as a new user would: nothing is there until its admin sets the
// force and the plan up, and a reader never sees a draft quarter.
test.use({ baseURL: emptyBaseURL });

const NOT_SET_UP = "This scorecard has not been set up yet";

async function expectReaderSeesNothingYet(page: Page) {
  for (const path of ["/", "/priorities/1", "/cjs"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: NOT_SET_UP })).toBeVisible();
  }
  await expect(page.getByText("Northshire")).toHaveCount(0);
}

test("a reader of a new install is told it is not set up yet", async ({ page }) => {
  await expectReaderSeesNothingYet(page);
  await expectNoAxeViolations(page);
});

test("the first admin sets up the force, the plan and the first quarter; readers still see no draft", async ({
  page,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "setup happens once per install: run on one project");
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(firstAdmin.email, firstAdmin.password);
  await expect(page.getByRole("button", { name: /sign out/i })).toBeVisible();
  // An admin who opens the scorecard before it is set up is taken to the setup page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Set up the scorecard" })).toBeVisible();
  await expectNoAxeViolations(page);

  const force = page.getByRole("form", { name: "The force" });
  await force.getByRole("button", { name: "Save the force" }).click();
  // Nothing filled in: each field says what is wrong, and nothing was saved.
  await expect(force.getByText("must not be blank").first()).toBeVisible();
  await expect(force.getByLabel("Force name")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await force.getByLabel("Force name").fill("Northshire Police");
  await force.getByLabel("Force code").fill("northshire");
  await force.getByLabel("Force-wide area name").fill("Northshire Police (force-wide)");
  await force.getByLabel("Area 2 name").fill("North hub");
  await force.getByLabel("Area 2 code").fill("north");
  // From the keyboard, as an admin without a mouse would.
  await force.getByLabel("Area 2 code").press("Enter");
  await expect(page.getByText("Done: Northshire Police, 2 areas", { exact: true })).toBeVisible();

  const plan = page.getByRole("form", { name: "The plan" });
  await plan.getByLabel("Plan title").fill("Police and Crime Plan 2025-28");
  await plan.getByLabel("Plan code").fill("pcp-2025-28");
  await plan.getByLabel("First year").fill("2025");
  await plan.getByLabel("Last year").fill("2028");
  await plan.getByRole("button", { name: "Save the plan" }).click();
  await expect(
    page.getByText("Done: Police and Crime Plan 2025-28 (2025–2028)", { exact: true }),
  ).toBeVisible();

  const priority = page.getByRole("form", { name: "Add a priority" });
  for (const title of ["Prevent crime and keep people safe", "Put victims first"]) {
    await priority.getByLabel("Priority title").fill(title);
    await priority.getByRole("button", { name: "Add the priority" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: title })).toBeVisible();
  }
  await expect(page.getByText("Done: 2 priorities", { exact: true })).toBeVisible();

  // The scorecard the first priority's metrics will live in.
  const scorecard = page.getByRole("form", { name: "Add a scorecard" });
  await scorecard.getByLabel("Scorecard title").fill("Crime and safety");
  await scorecard.getByRole("button", { name: "Add the scorecard" }).click();
  await expect(scorecard.getByText("Added the scorecard Crime and safety.")).toBeVisible();

  const quarter = page.getByRole("form", { name: "Open the first quarter" });
  await quarter.getByLabel("First month of the quarter").fill("2025-06");
  await quarter.getByLabel("Month of data it reports on").fill("2025-05");
  await quarter.getByRole("button", { name: "Open the quarter" }).click();
  await expect(page.getByText("Done: June – Aug 25 (draft)", { exact: true })).toBeVisible();
  await expect(page.getByText("Every required step is done.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await findSmallTouchTargets(page), "controls smaller than 44 × 44 px").toEqual([]);

  // A reader in a browser of their own: the quarter is a draft, so nothing of it shows.
  const reader = await browser.newContext({ baseURL: emptyBaseURL });
  const readerPage = await reader.newPage();
  await expectReaderSeesNothingYet(readerPage);
  await expect(readerPage.getByText("Prevent crime and keep people safe")).toHaveCount(0);
  await expect(readerPage.getByText("June – Aug 25")).toHaveCount(0);
  await reader.close();
});
