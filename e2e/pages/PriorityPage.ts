import type { Locator, Page } from "@playwright/test";

/** A priority's highlight page (`/priorities/:n`): statements, deliverables, risks and metric tiles. */
export class PriorityPage {
  constructor(readonly page: Page) {}

  heading(n: number): Locator {
    return this.page.getByRole("heading", { level: 1, name: new RegExp(`^Priority ${n}:`) });
  }

  async goto(n: number): Promise<void> {
    await this.page.goto(`/priorities/${n}`);
    await this.heading(n).waitFor();
  }

  /** A metric's tile: the list item holding the link named after the metric. */
  metricTile(name: string): Locator {
    return this.page
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  async openMetric(name: string): Promise<void> {
    await this.page.getByRole("link", { name, exact: true }).click();
  }

  get deliverables(): Locator {
    return this.page.getByRole("table", { name: /deliverables/i });
  }

  /**
   * The report's quarter is published, so an edit to it is a correction: the editor says why once,
   * at the top of the page, and every save sends it.
   */
  async giveCorrectionReason(
    reason = "Correcting the published report in an end-to-end test",
  ): Promise<void> {
    await this.page.getByRole("textbox", { name: "Reason for correcting" }).fill(reason);
  }

  get risks(): Locator {
    return this.page.getByRole("region", { name: "Risks and issues" });
  }
}
