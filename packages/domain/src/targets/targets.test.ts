import { describe, expect, it } from "vitest";
import { targetName } from "./targetName.ts";
import { targetStanding } from "./targetStanding.ts";

describe("targetStanding", () => {
  // The report: "Wiltshire Police exceeded the Government uplift target with 1196 FTE Police Officers v
  // 1189 target"; "Average priority response time is 1:54:53 breaching the SLA of 1 hour … The median is
  // also increasing but within the SLA of 1 hour at 46:56".
  it.each([
    [1196, 1189, "TARGET", "HIGHER_IS_BETTER", "COUNT", true, "1,196 exceeds the 1,189 target"],
    [1189, 1189, "TARGET", "HIGHER_IS_BETTER", "COUNT", true, "1,189 meets the 1,189 target"],
    [1150, 1189, "TARGET", "HIGHER_IS_BETTER", "COUNT", false, "1,150 is below the 1,189 target"],
    [6893, 3600, "SLA", "LOWER_IS_BETTER", "SECONDS", false, "1:54:53 breaches the 1-hour SLA"],
    [2816, 3600, "SLA", "LOWER_IS_BETTER", "SECONDS", true, "46:56 is within the 1-hour SLA"],
    [8, 10, "TARGET", "LOWER_IS_BETTER", "PERCENT", true, "8.0% is under the 10.0% target"],
    [12, 10, "TARGET", "LOWER_IS_BETTER", "PERCENT", false, "12.0% is above the 10.0% target"],
  ] as const)("%d against %d %s", (value, target, kind, polarity, unit, isMet, text) => {
    const standing = targetStanding(value, target, kind, polarity, unit)!;
    expect(standing).toMatchObject({ isMet, text });
    expect(text.endsWith(standing.verdict)).toBe(true);
  });

  it("is null without a target or for a neutral metric", () => {
    expect(targetStanding(5, null, null, "HIGHER_IS_BETTER", "COUNT")).toBeNull();
    expect(targetStanding(5, 4, "TARGET", "NEUTRAL", "COUNT")).toBeNull();
  });
});

describe("targetName", () => {
  it.each([
    [3600, "SLA", "SECONDS", "the 1-hour SLA"],
    [900, "SLA", "SECONDS", "the 15-minute SLA"],
    [95, "SLA", "SECONDS", "the SLA of 1:35"],
    [1189, "TARGET", "COUNT", "the 1,189 target"],
  ] as const)("%d %s %s → %s", (target, kind, unit, text) => {
    expect(targetName(target, kind, unit)).toBe(text);
  });
});
