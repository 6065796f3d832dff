import { type FieldError, ValidationFailed } from "../../errors.ts";

/**
 * Runs a write and shapes its mutation result: `{ [key]: value, errors: [] }`, or
 * `{ [key]: null, errors }` when the service rejected the input field by field (STYLE: errors as
 * data for what a person can fix). Every other error propagates with its code.
 */
export async function asResult<K extends string, T>(
  key: K,
  run: () => Promise<T>,
): Promise<Record<K, T | null> & { errors: FieldError[] }> {
  try {
    const value = await run();
    return { [key]: value, errors: [] } as Record<K, T | null> & { errors: FieldError[] };
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return { [key]: null, errors: error.errors } as Record<K, T | null> & { errors: FieldError[] };
  }
}
