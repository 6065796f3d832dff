import { describe, expect, it } from "vitest";
import { clampProgress } from "./clampProgress";

// Deliverable.progress is "0-100 %" as an Int (packages/graphql/schema.graphql).
describe("clampProgress", () => {
  it.each([
    ["55", 55],
    ["0", 0],
    ["100", 100],
    ["140", 100],
    ["-5", 0],
    ["55.6", 56],
    [" 40 ", 40],
    ["", null],
    ["abc", null],
  ])("%j → %j", (raw, expected) => {
    expect(clampProgress(raw)).toBe(expected);
  });
});
