import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths } from "./addMonths.ts";
import { isoDateOf } from "./isoDateOf.ts";
import { monthKeyOf } from "./monthKeyOf.ts";
import { monthLabel } from "./monthLabel.ts";
import { monthRange } from "./monthRange.ts";
import { monthStart } from "./monthStart.ts";
import { monthsBetween } from "./monthsBetween.ts";
import { parseDueText } from "./parseDueText.ts";
import { parseMonthLabel } from "./parseMonthLabel.ts";

describe("month keys", () => {
  it("reads dates in UTC", () => {
    expect(monthKeyOf(new Date("2023-03-31T23:30:00Z"))).toBe("2023-03");
    expect(monthStart("2023-03").toISOString()).toBe("2023-03-01T00:00:00.000Z");
  });

  it.each([
    ["2023-03", -12, "2022-03"],
    ["2023-01", -1, "2022-12"],
    ["2022-12", 1, "2023-01"],
    ["2022-07", 8, "2023-03"],
  ])("addMonths(%s, %i) = %s", (key, n, expected) => {
    expect(addMonths(key, n)).toBe(expected);
  });

  it("monthsBetween is b − a and inverts addMonths", () => {
    expect(monthsBetween("2022-07", "2023-03")).toBe(8);
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -500, max: 500 }),
        (y, m, n) => {
          const key = `${y}-${String(m).padStart(2, "0")}`;
          expect(monthsBetween(key, addMonths(key, n))).toBe(n);
          // labels carry two-digit years, read as 20xx (the report only speaks of this century)
          expect(parseMonthLabel(monthLabel(key))).toBe(key);
        },
      ),
    );
  });

  // A date stored as midnight UTC, or late on a day in UTC, names that day whatever the server's zone.
  it.each([
    ["2023-12-31T00:00:00.000Z", "2023-12-31"],
    ["2023-12-31T23:30:00.000Z", "2023-12-31"],
    ["2024-02-29T12:00:00.000Z", "2024-02-29"],
  ])("isoDateOf(%s) = %s", (iso, expected) => {
    expect(isoDateOf(new Date(iso))).toBe(expected);
  });

  it.each([
    ["2022-11", "2023-02", ["2022-11", "2022-12", "2023-01", "2023-02"]],
    ["2023-03", "2023-03", ["2023-03"]],
    ["2023-03", "2023-02", []],
  ])("monthRange(%s, %s) = %j", (from, to, expected) => {
    expect(monthRange(from, to)).toEqual(expected);
  });

  it("monthRange spans monthsBetween + 1 months", () => {
    expect(monthRange("2019-04", "2023-03")).toHaveLength(monthsBetween("2019-04", "2023-03") + 1);
  });

  it("rejects malformed keys", () => {
    expect(() => addMonths("2023-13", 1)).toThrow(RangeError);
    expect(() => monthLabel("March")).toThrow(RangeError);
  });
});

describe("the report's month labels", () => {
  it.each([
    ["2023-03", "Mar-23"],
    ["2022-09", "Sep-22"],
    ["2021-01", "Jan-21"],
  ])("monthLabel(%s) = %s", (key, label) => {
    expect(monthLabel(key)).toBe(label);
  });

  it.each([
    ["Mar-23", "2023-03"],
    ["Mar 23", "2023-03"],
    ["March 2023", "2023-03"],
    ["Sept-22", "2022-09"],
    ["Marching 23", null],
    ["Q4 2023", null],
    ["", null],
  ])("parseMonthLabel(%j) = %j", (label, key) => {
    expect(parseMonthLabel(label)).toBe(key);
  });
});

describe("parseDueText (due dates as the report writes them)", () => {
  it.each([
    ["Q4 2023", { date: "2023-12-31", precision: "quarter" }],
    ["Q1 2024", { date: "2024-03-31", precision: "quarter" }],
    ["June 23", { date: "2023-06-30", precision: "month" }],
    ["Sept 2023", { date: "2023-09-30", precision: "month" }],
    ["April 23", { date: "2023-04-30", precision: "month" }],
    ["Mar 23", { date: "2023-03-31", precision: "month" }],
    ["March 23", { date: "2023-03-31", precision: "month" }],
    ["Feb 24", { date: "2024-02-29", precision: "month" }],
    ["Contract start April 2023", { date: "2023-04-30", precision: "month" }],
    ["2024", { date: "2024-12-31", precision: "year" }],
    ["Ongoing", null],
    ["TBC", null],
  ])("%j", (text, expected) => {
    expect(parseDueText(text)).toEqual(expected);
  });
});
