import { describe, expect, it } from "vitest";
import type { XmrSignal } from "../spc/XmrResult.ts";
import { assessException } from "./assessException.ts";
import { signalPhrase } from "./signalPhrase.ts";

const signal = (
  rule: XmrSignal["rule"],
  direction: XmrSignal["direction"],
  from: string,
  to: string,
  periods = [from, to],
) => ({ rule, direction, from, to, periods, classification: "CONCERN" }) as XmrSignal;

describe("assessException", () => {
  const priorityResponse = {
    name: "Priority response time (mean)",
    unit: "SECONDS",
    polarity: "LOWER_IS_BETTER",
    target: 3600,
    targetKind: "SLA",
    dataMonth: "2023-03",
    latest: { period: "2023-03", value: 6893 },
  } as const;

  it("says the report's line: 'Priority response (mean) 1:54:53 in Mar-23 breaches the 1-hour SLA; rising since Aug-22'", () => {
    const a = assessException({
      ...priorityResponse,
      spc: {
        assurance: "WITHHELD",
        signals: [
          signal("SHIFT", "HIGH", "2022-09", "2023-03"),
          signal("TREND", "HIGH", "2022-08", "2023-03"),
        ],
      },
    });
    expect(a.summary).toBe(
      "Priority response time (mean) 1:54:53 in Mar-23 breaches the 1-hour SLA; rising since Aug-22",
    );
    expect(a.reasons).toEqual([
      "Concern: a run of months above the centre line, Sep-22 to Mar-23",
      "Concern: a rising trend, Aug-22 to Mar-23",
      "Mar-23: 1:54:53 breaches the 1-hour SLA",
    ]);
    expect(a.severity).toBe(2 + 3 + 2);
    expect(a.isTargetMissed).toBe(true);
  });

  it("a met target is no exception, and withheld assurance never reads as failing ('1,196 exceeds the 1,189 target')", () => {
    const a = assessException({
      name: "Police officers (FTE)",
      unit: "COUNT",
      polarity: "HIGHER_IS_BETTER",
      target: 1189,
      targetKind: "TARGET",
      dataMonth: "2023-03",
      latest: { period: "2023-03", value: 1196 },
      spc: { assurance: "WITHHELD", signals: [] },
    });
    expect(a.severity).toBe(0);
    expect(a.standing?.text).toBe("1,196 exceeds the 1,189 target");
  });

  it("ignores concern signals that ended before the quarter; marks ones resting on illustrative months", () => {
    const old = signal("OUTSIDE_LIMITS", "HIGH", "2022-06", "2022-06", ["2022-06"]);
    const recent = signal("OUTSIDE_LIMITS", "HIGH", "2023-03", "2023-03", ["2023-03"]);
    const base = { ...priorityResponse, target: null, targetKind: null };
    expect(assessException({ ...base, spc: { assurance: "NONE", signals: [old] } }).severity).toBe(0);
    const marked = assessException({
      ...base,
      spc: { assurance: "NONE", signals: [recent] },
      illustrativeMonths: new Set(["2023-03"]),
    });
    expect(marked.summary).toBe(
      "Priority response time (mean) 1:54:53 in Mar-23 is exceptionally high (illustrative history)",
    );
    expect(marked.reasons[0]).toContain("(includes illustrative months)");
  });
});

describe("signalPhrase", () => {
  it.each([
    [signal("TREND", "LOW", "2022-08", "2023-02"), "falling since Aug-22"],
    [signal("OUTSIDE_LIMITS", "LOW", "2022-11", "2023-02"), "exceptionally low since Nov-22"],
    [signal("SHIFT", "LOW", "2022-03", "2023-02"), "below its average since Mar-22"],
    [signal("TWO_OF_THREE", "HIGH", "2023-01", "2023-03"), "close to its upper control limit since Jan-23"],
    [signal("OUTSIDE_LIMITS", "HIGH", "2023-03", "2023-03"), "exceptionally high"],
    [signal("OUTSIDE_LIMITS", "HIGH", "2023-01", "2023-01"), "exceptionally high in Jan-23"],
  ])("%j → %s", (s, text) => {
    expect(signalPhrase(s, "2023-03")).toBe(text);
  });
});
