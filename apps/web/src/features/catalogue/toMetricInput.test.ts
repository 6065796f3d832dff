import { describe, expect, it } from "vitest";
import { toMetricInput } from "./toMetricInput";

describe("toMetricInput", () => {
  it("sends only the fields given: text trimmed, empty as null, numbers read", () => {
    expect(
      toMetricInput({ name: "  Abandonment ", targetLabel: " ", target: "1,189", spcRunLength: "9" }),
    ).toEqual({
      input: { name: "Abandonment", targetLabel: null, target: 1189, spcRunLength: 9 },
      errors: [],
    });
  });

  it("takes numbers as they come back from a conflict", () => {
    expect(toMetricInput({ target: 3600, reportingLagMonths: 0 }).input).toEqual({
      target: 3600,
      reportingLagMonths: 0,
    });
  });

  it.each([
    ["target", "ten", "must be a number"],
    ["spcRunLength", "7.5", "must be a whole number"],
  ])("names %s when %s does not read", (field, text, message) => {
    const { input, errors } = toMetricInput({ [field]: text });
    expect(errors).toEqual([{ field, message }]);
    expect(input).toEqual({});
  });

  it("leaves out fields the form does not know", () => {
    expect(toMetricInput({ version: 3 }).input).toEqual({});
  });
});
