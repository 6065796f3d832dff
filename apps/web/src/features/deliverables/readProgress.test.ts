import { PROGRESS_RULE } from "@pcc/domain";
import { describe, expect, it } from "vitest";
import { readProgress } from "./readProgress";

// Deliverable.progress is "0-100 %" as an Int (packages/graphql/schema.graphql); the API refuses
// anything else with PROGRESS_RULE (apps/api/src/services/deliverables/checkDeliverableFields.ts).
describe("readProgress", () => {
  it.each([
    ["55", 55],
    ["0", 0],
    ["100", 100],
    [" 40 ", 40],
  ])("%j → %i", (text, value) => {
    expect(readProgress(text)).toEqual({ value, problem: null });
  });

  it.each(["150", "101", "-5", "55.6", "", "abc", "1e3"])("%j is refused with the API's words", (text) => {
    expect(readProgress(text)).toEqual({ value: null, problem: PROGRESS_RULE });
  });
});
