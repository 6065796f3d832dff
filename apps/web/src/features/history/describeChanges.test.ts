import { describe, expect, it } from "vitest";
import { describeChanges } from "./describeChanges";

// Snapshots as the API's audit writes them (apps/api/src/services/deliverables, statements).
const deliverable = {
  due: "Mar 23",
  note: null,
  action: "Roll out of the ASB educational tool kit",
  dueDate: "2023-03-31",
  retired: false,
  version: 1,
  progress: 40,
};

describe("describeChanges", () => {
  it("says a progress change with its percentages and a new note in words", () => {
    const after = { ...deliverable, note: "Contract signed", version: 2, progress: 60 };
    expect(describeChanges(deliverable, after)).toEqual(["Progress 40% → 60%", "note added"]);
  });

  it.each([
    [{ note: "Old" }, { note: "New" }, ["note changed"]],
    [{ note: "Old" }, { note: "" }, ["note removed"]],
    [
      { due: "Mar 23", dueDate: "2023-03-31" },
      { due: "Q4 2023", dueDate: "2023-12-31" },
      ["due Mar 23 → Q4 2023"],
    ],
    // An editor's correction of the date read from unchanged text (correctDeliverableDueDate).
    [
      { due: "Contract start April 2023", dueDate: "2023-04-30", dueDateSource: "PARSED" },
      { due: "Contract start April 2023", dueDate: "2024-03-31", dueDateSource: "EDITOR" },
      ["due date 30 Apr 2023 → 31 Mar 2024"],
    ],
    // New text read afresh after a correction: the text's change says it.
    [
      { due: "Q4 2023", dueDate: "2024-01-31", dueDateSource: "EDITOR" },
      { due: "June 24", dueDate: "2024-06-30", dueDateSource: "PARSED" },
      ["due Q4 2023 → June 24"],
    ],
    [{ retired: false }, { retired: true }, ["retired"]],
    [{ retired: true }, { retired: false }, ["restored"]],
    [{ text: "A", origin: "REPORT" }, { text: "B", origin: "EDITOR" }, ["text changed"]],
    [{ value: 7.9 }, { value: 8.1 }, ["value 7.9 → 8.1"]],
    [{ lower: null }, { lower: 36 }, ["lower bound added"]],
    [{ upper: 46 }, { upper: 48 }, ["upper bound changed"]],
    [{ position: 0, version: 1 }, { position: 2, version: 2 }, []],
  ])("%j → %j gives %j", (before, after, phrases) => {
    expect(describeChanges(before, after)).toEqual(phrases);
  });

  it("gives nothing for an added record", () => {
    expect(describeChanges(null, deliverable)).toEqual([]);
  });
});
