import { describeSaveFailure } from "../editing/describeSaveFailure";
import { errorCode } from "../editing/errorCode";

/**
 * A failed list change in words. A CONFLICT means the list on screen was stale: every list write
 * reloads it (useListWrite), so trying again works.
 */
export function describeListFailure(error: unknown, noun: string): string {
  return errorCode(error) === "CONFLICT"
    ? `Someone else changed this ${noun} first; the list has been reloaded. Try again.`
    : describeSaveFailure(error);
}
