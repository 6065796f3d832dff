import { describe, expect, it } from "vitest";
import { errorAt } from "./errorAt";

describe("errorAt", () => {
  const errors = [
    { field: "input.areas.1.code", message: "north already exists" },
    { field: "input.name", message: "must not be blank" },
  ];

  it("finds the error of exactly that field", () => {
    expect(errorAt(errors, "input.areas.1.code")).toBe("north already exists");
    expect(errorAt(errors, "input.name")).toBe("must not be blank");
  });

  it("does not give an area's code error to the force's code", () => {
    expect(errorAt(errors, "input.code")).toBeUndefined();
    expect(errorAt(errors, "input.areas.0.code")).toBeUndefined();
  });
});
