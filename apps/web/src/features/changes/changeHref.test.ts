import { describe, expect, it } from "vitest";
import { changeHref } from "./changeHref";

describe("changeHref", () => {
  it("links a metric's change to its page in the later quarter", () => {
    expect(changeHref({ metricId: "a b", priorityNumber: null, deliverableId: null }, "2023-Q-JUN-AUG")).toBe(
      "/metrics/a%20b?period=2023-Q-JUN-AUG",
    );
  });
  it("links a deliverable or risk to its priority's list", () => {
    expect(changeHref({ metricId: null, priorityNumber: 2, deliverableId: "7" }, undefined)).toBe(
      "/priorities/2#deliverables",
    );
    expect(changeHref({ metricId: null, priorityNumber: 2, deliverableId: null }, "q")).toBe(
      "/priorities/2?period=q#risks",
    );
  });
  it("has no link when the priority is unknown", () => {
    expect(changeHref({ metricId: null, priorityNumber: null, deliverableId: "7" }, undefined)).toBeNull();
  });
});
