import { expect, test } from "@playwright/test";
import { ScorecardApi } from "../fixtures/ScorecardApi.ts";
import { signInViaGraphql } from "../fixtures/signInViaGraphql.ts";
import { signInViaUi } from "../fixtures/signInViaUi.ts";
import { waitForPageReady } from "../fixtures/waitForPageReady.ts";
import { PriorityPage } from "../pages/PriorityPage.ts";

// Roles hold in the browser and at the API: "a viewer sees no edit controls and a direct GraphQL write as viewer is refused".
const PRIORITY = 3;

test.describe("a viewer", () => {
  test("a direct GraphQL write with the viewer's session cookie is refused with FORBIDDEN", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== "desktop",
      "same API and dialog on every viewport: run once, on desktop",
    );
    const editor = await ScorecardApi.signedInAs("editor", baseURL!);
    const deliverable = await editor.addDeliverable({
      priority: PRIORITY,
      action: `Viewer write check (e2e ${testInfo.project.name}-${Date.now()})`,
      due: "Q4 2023",
      progress: 20,
    });

    await signInViaGraphql(page, "viewer");
    await page.goto(`/priorities/${PRIORITY}`);
    // From the page itself, as a curious viewer would with the browser's console: same origin, the
    // viewer's HttpOnly cookie sent by the browser, content-type application/json.
    const body = await page.evaluate(async ({ id, version }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            'mutation($id: ID!, $v: Int!) { updateDeliverable(id: $id, expectedVersion: $v, input: { progress: 99 }, reason: "Corrected in a test of the published quarter") { deliverable { progress } errors { message } } }',
          variables: { id, v: version },
        }),
      });
      return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    }, deliverable);

    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe("FORBIDDEN");
    expect((await editor.deliverable(deliverable.id))?.progress).toBe(20);
    await editor.retireDeliverable(deliverable.id);
    await editor.dispose();
  });

  test("sees no edit controls", async ({ page }) => {
    await signInViaUi(page, "viewer");
    const priority = new PriorityPage(page);
    await priority.goto(1);
    await waitForPageReady(page);
    // Signed in, as the header says; history stays open to viewers, editing does not.
    await expect(page.getByRole("banner")).toContainText("viewer@pcc.local");
    const main = page.getByRole("main");
    await expect(main.getByRole("button", { name: /history/i }).first()).toBeVisible();
    await expect(main.getByRole("button", { name: /edit|save|add|retire|move/i })).toHaveCount(0);
    await expect(main.getByRole("slider")).toHaveCount(0);
    await expect(main.getByRole("spinbutton")).toHaveCount(0);
  });
});
