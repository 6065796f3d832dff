import type { Locator, Page } from "@playwright/test";

/** Presentation mode (`/present`): one large slide at a time, stepped with the keyboard or a clicker. */
export class PresentationPage {
  constructor(readonly page: Page) {}

  /** The slide's title: the page's only level-1 heading. */
  get slideHeading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** "Slide 3 of 26": where the meeting is. */
  get slideCounter(): Locator {
    return this.page.getByRole("navigation", { name: "Slides" }).getByText(/^Slide \d+ of \d+$/);
  }

  async goto(): Promise<void> {
    await this.page.goto("/present");
    await this.slideHeading.waitFor();
  }

  async slideTitle(): Promise<string> {
    return ((await this.slideHeading.textContent()) ?? "").trim();
  }
}
