import { type FieldError, ValidationFailed } from "../../errors.ts";

/**
 * Collects field errors for one input so a person sees every problem at once, then throws
 * ValidationFailed (before anything is written) if there were any.
 */
export class FieldChecks {
  readonly errors: FieldError[] = [];

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  check(isOk: boolean, field: string, message: string): void {
    if (!isOk) this.fail(field, message);
  }

  /** Non-blank text of at most `max` characters. */
  text(value: string | null | undefined, field: string, max: number, required = true): void {
    if (value === null || value === undefined) {
      if (required) this.fail(field, "is required");
      return;
    }
    if (required && value.trim() === "") this.fail(field, "must not be blank");
    if (value.length > max) this.fail(field, `must be at most ${max} characters`);
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new ValidationFailed(this.errors);
  }
}
