import type { Locator, Page } from "@playwright/test";

/** The Criminal Justice System scorecards (`/cjs`): force against national, quarter on quarter. */
export class CjsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async goto(): Promise<void> {
    await this.page.goto("/cjs");
    await this.heading.waitFor();
  }

  /** The smallest element that names the measure and shows its figures (a card, row or list item). */
  measure(name: string): Locator {
    const page = this.page;
    return page
      .getByRole("listitem")
      .or(page.getByRole("row"))
      .or(page.getByRole("article"))
      .filter({ hasText: name })
      .last();
  }

  /** Every measure's card: each is a list item holding a link to its metric. */
  get cards(): Locator {
    return this.page.getByRole("main").locator("li[data-metric-id]");
  }

  /** A measure's link to its benchmark page ("Compared with England & Wales"). */
  benchmarkLink(name: string): Locator {
    return this.measure(name).getByRole("link", { name: /^Compared with/ });
  }
}
