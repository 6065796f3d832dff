import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safeReturnPath";

describe("safeReturnPath", () => {
  it.each([
    ["/priorities/3?period=2023-Q1", "/priorities/3?period=2023-Q1"],
    [null, "/"],
    ["", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["/sign-in", "/"],
  ])("%j → %j", (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});
