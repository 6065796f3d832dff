import type { Locator, Page } from "@playwright/test";

/** The glossary (`/glossary`): every acronym in the report and its meaning. */
export class GlossaryPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: /glossary/i });
  }

  async goto(): Promise<void> {
    await this.page.goto("/glossary");
    await this.heading.waitFor();
  }
}
