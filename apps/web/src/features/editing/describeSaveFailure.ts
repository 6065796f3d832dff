import { errorCode } from "./errorCode";

/** A failed save in plain words, for the live region: what happened and what to do. */
export function describeSaveFailure(error: unknown): string {
  switch (errorCode(error)) {
    case "UNAUTHENTICATED":
      return "Your session has ended. Sign in again to save; your changes are still here.";
    case "FORBIDDEN":
      return "Your role cannot make this change. Ask an admin if you need editor access.";
    case "NOT_FOUND":
      return "This record no longer exists; someone may have retired it.";
    default:
      return error instanceof Error ? `Could not save: ${error.message}` : "Could not save. Try again.";
  }
}
