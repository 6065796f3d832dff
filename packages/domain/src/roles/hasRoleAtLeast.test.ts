import { describe, expect, it } from "vitest";
import { hasRoleAtLeast } from "./hasRoleAtLeast.ts";

// The product's rule (README, "Demo accounts"): a viewer reads everything; an editor "also" updates
// the scorecard; an admin "also" manages users. Each role holds every right of the roles below it,
// and nobody signed in holds none.
describe("hasRoleAtLeast", () => {
  it.each([
    // [role, minimum, expected]
    [null, "VIEWER", false],
    [undefined, "VIEWER", false],
    ["", "VIEWER", false],
    ["OWNER", "VIEWER", false],
    ["VIEWER", "VIEWER", true],
    ["VIEWER", "EDITOR", false],
    ["VIEWER", "ADMIN", false],
    ["EDITOR", "VIEWER", true],
    ["EDITOR", "EDITOR", true],
    ["EDITOR", "ADMIN", false],
    ["ADMIN", "VIEWER", true],
    ["ADMIN", "EDITOR", true],
    ["ADMIN", "ADMIN", true],
  ] as const)("%s at least %s: %s", (role, minimum, expected) => {
    expect(hasRoleAtLeast(role, minimum)).toBe(expected);
  });
});
