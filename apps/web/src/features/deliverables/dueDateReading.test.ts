import { describe, expect, it } from "vitest";
import { dueDateReading } from "./dueDateReading";

// parseDueText reads "Q4 2023" as 31 Dec 2023 and "Contract start April 2023" as 30 Apr 2023.
describe("dueDateReading", () => {
  it.each([
    [{ dueDate: "2023-12-31", dueDateSource: "PARSED" }, "read as 31 Dec 2023"],
    [{ dueDate: "2024-03-31", dueDateSource: "EDITOR" }, "31 Mar 2024, set by an editor"],
    [{ dueDate: null, dueDateSource: "PARSED" }, null],
  ] as const)("%j → %s", (deliverable, text) => {
    expect(dueDateReading(deliverable)).toBe(text);
  });
});
