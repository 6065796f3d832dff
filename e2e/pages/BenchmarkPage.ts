import type { Locator, Page } from "@playwright/test";

/** A metric's benchmarking (`/metrics/:id/benchmarks`): the force against its MSG peers and nationally. */
export class BenchmarkPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async goto(metricId: string): Promise<void> {
    await this.page.goto(`/metrics/${metricId}/benchmarks`);
    await this.heading.waitFor();
  }

  /** The comparison table (every chart has its data table, for screen readers). */
  get table(): Locator {
    return this.page.getByRole("table").first();
  }

  /** The table row naming one comparator (a force, the MSG average or England & Wales). */
  row(comparator: string | RegExp): Locator {
    return this.page.getByRole("row").filter({ hasText: comparator });
  }

  /** The chart's key: what each kind of bar and mark means. */
  get chartKey(): Locator {
    return this.page.getByRole("list", { name: "Chart key" });
  }

  /** The confidence-interval whiskers the chart draws, one per bar that has an interval. */
  get drawnIntervals(): Locator {
    return this.page.locator("svg [data-interval]");
  }
}
