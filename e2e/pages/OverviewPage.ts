import type { Locator, Page } from "@playwright/test";

/** The overview (`/`): the four priorities' cards and the exceptions list. */
export class OverviewPage {
  readonly heading: Locator;
  readonly priorities: Locator;
  readonly exceptions: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: /overview/i });
    this.priorities = page.getByRole("region", { name: "Priorities" });
    this.exceptions = page.getByRole("region", { name: "Exceptions" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await this.heading.waitFor();
    await this.priorities.getByRole("link").first().waitFor();
  }

  /** One exception: the list item holding the link named after the metric. */
  exception(metricName: string): Locator {
    return this.exceptions
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: metricName, exact: true }) });
  }

  priorityLink(n: number): Locator {
    return this.priorities.getByRole("link", { name: new RegExp(`^Priority ${n}:`) });
  }

  async openPriority(n: number): Promise<void> {
    await this.priorityLink(n).click();
  }
}
