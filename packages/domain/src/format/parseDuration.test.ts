import { describe, expect, it } from "vitest";
import { formatClock } from "./formatClock.ts";
import { formatDurationWords } from "./formatDurationWords.ts";
import { parseDuration } from "./parseDuration.ts";

// Written as the Quarterly PCC Highlight Report (March – May 23) writes its times, and as the app displays them.
describe("parseDuration", () => {
  it.each([
    ["12:26", 746, "CCH average time to answer, as the app shows it"],
    ["9:45", 585, "m:ss"],
    ["0:48", 48, "under a minute"],
    ["46:56", 2816, "m:ss near the hour"],
    ["75:00", 4500, "minutes may pass 59 when no hours are written"],
    ["1:54:53", 6893, "priority response (mean), h:mm:ss"],
    ["1:00:00", 3600, "the 1-hour SLA"],
    [" 1:54:53 ", 6893, "surrounding spaces"],
    ["11m 41 secs", 701, "the report's own words"],
    ["11m 41s", 701, "short form"],
    ["11m41s", 701, "no space"],
    ["11 mins, 41 secs", 701, "comma"],
    ["11 minutes and 41 seconds", 701, "long words"],
    ["48 secs", 48, "seconds only"],
    ["1h 54m 53 secs", 6893, "hours, minutes and seconds"],
    ["2h", 7200, "hours only"],
    ["1 hour", 3600, "an hour in words"],
    ["15 minutes", 900, "minutes only"],
    ["1.5 mins", 90, "decimal part"],
    ["11M 41S", 701, "upper case"],
  ])("%j → %i (%s)", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each([
    ["", "blank"],
    ["585", "a plain number (callers read it as seconds)"],
    ["9:75", "seconds past 59"],
    ["1:75:00", "minutes past 59 after hours"],
    ["9:5", "one-digit seconds"],
    ["1:2:3:4", "too many parts"],
    [":45", "no minutes"],
    ["-0:30", "negative"],
    ["11m 75s", "seconds past 59 after minutes"],
    ["41s 11m", "parts out of order"],
    ["11m 11m", "a part twice"],
    ["11 apples", "unknown unit"],
    ["Mar-23", "a month"],
    ["1,435", "a count"],
  ])("%j is not a duration (%s)", (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it("reads back every clock reading and duration in words the app writes", () => {
    for (const seconds of [0, 1, 48, 59, 60, 585, 701, 746, 2816, 3599, 3600, 6893, 86399, 90061]) {
      expect(parseDuration(formatClock(seconds))).toBe(seconds);
      expect(parseDuration(formatDurationWords(seconds))).toBe(seconds);
    }
  });
});
