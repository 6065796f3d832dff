import type { Locator, Page } from "@playwright/test";

/** A metric's drill-down (`/metrics/:id`): XmR chart, narrative, data table and source. */
export class MetricPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole("heading", { level: 1, name });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/metrics/${id}`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  get benchmarkLink(): Locator {
    return this.page.getByRole("link", { name: /benchmark|most similar group|MSG/i }).first();
  }

  async openBenchmarks(): Promise<void> {
    await this.benchmarkLink.click();
  }
}
