import type { Locator, Page } from "@playwright/test";

/** The admin's metric catalogue (/admin/metrics), by role-based locators. */
export class CataloguePage {
  readonly search: Locator;
  readonly newMetric: Locator;
  readonly newMetricForm: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole("textbox", { name: "Search metrics" });
    this.newMetric = page.getByRole("button", { name: "New metric" });
    this.newMetricForm = page.getByRole("form", { name: "New metric" });
    this.status = page.getByRole("status").first();
  }

  async goto(): Promise<void> {
    await this.page.goto("/admin/metrics");
  }

  /** The definition form of the metric open now. */
  definitionForm(name: string): Locator {
    return this.page.getByRole("form", { name: `Definition of ${name}` });
  }

  /** A metric's button in the list. */
  listed(name: string): Locator {
    return this.page
      .getByRole("navigation", { name: "Metrics in the catalogue" })
      .getByRole("button", { name });
  }

  section(title: string): Locator {
    return this.page.getByRole("region", { name: `Section ${title}` });
  }

  /** A section's metrics, in the order shown. */
  sectionMetrics(title: string): Locator {
    return this.section(title)
      .getByRole("list", { name: `Metrics in ${title}, in order` })
      .getByRole("listitem");
  }
}
