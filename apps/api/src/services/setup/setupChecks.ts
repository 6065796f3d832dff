import type { FieldChecks } from "../shared/FieldChecks.ts";

/** Longest name or title the setup accepts: a force, plan, priority or scorecard title. */
export const TITLE_MAX = 200;

// Codes are stable keys that appear in URLs, exports and imports, so they are kept plain.
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A stable short code: lower-case letters, digits and hyphens, up to 40 characters. */
export function checkCode(checks: FieldChecks, value: string, field: string): void {
  if (!CODE.test(value)) {
    checks.fail(field, "must be 1–40 lower-case letters, digits or hyphens, starting with a letter or digit");
  }
}

/** A whole number within [min, max]; GraphQL has already made sure it is an integer. */
export function checkWithin(
  checks: FieldChecks,
  value: number,
  field: string,
  min: number,
  max: number,
): void {
  checks.check(value >= min && value <= max, field, `must be between ${min} and ${max}`);
}
