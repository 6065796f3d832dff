import type { Locator, Page } from "@playwright/test";

/** One deliverable's row on a priority page, with its edit controls (edit in place). */
export class DeliverableRow {
  readonly row: Locator;

  constructor(
    readonly page: Page,
    readonly action: string,
  ) {
    this.row = page.getByRole("row").filter({ hasText: action });
  }

  get editButton(): Locator {
    return this.row.getByRole("button", { name: /edit/i });
  }

  /** The number box beside the slider: both are labelled Progress, the number box is a spinbutton. */
  get progressInput(): Locator {
    return this.page.getByRole("spinbutton", { name: /progress/i });
  }

  get noteInput(): Locator {
    return this.page.getByRole("textbox", { name: /note/i });
  }

  get saveButton(): Locator {
    return this.page.getByRole("button", { name: /^save/i });
  }

  get historyButton(): Locator {
    return this.row
      .getByRole("button", { name: /history/i })
      .or(this.row.getByRole("link", { name: /history/i }));
  }
}
