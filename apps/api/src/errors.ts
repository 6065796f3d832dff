import { GraphQLError } from "graphql";

/**
 * The one application error type. Services throw it; the server maps `code` to
 * `extensions.code` once (see server/formatError.ts) and masks everything else.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "BAD_USER_INPUT"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  // A new install before its admin has set the force, plan and first quarter up: the web app shows
  // readers "not set up yet" and sends an admin to the setup page.
  | "NOT_SET_UP";

export class AppError extends GraphQLError {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "AppError";
    this.code = code;
  }
}

export const notFound = (what: string, id: string | number) =>
  new AppError("NOT_FOUND", `${what} ${id} does not exist`);

export const forbidden = (action: string) =>
  new AppError("FORBIDDEN", `Your role does not allow you to ${action}`);

export const notSetUp = (what: string) => new AppError("NOT_SET_UP", what);

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to do this");

/** A stale expectedVersion: the caller gets the record as it now is, so nothing is lost silently. */
export const conflict = (what: string, current: unknown) =>
  new AppError("CONFLICT", `${what} was changed by someone else since you loaded it`, { current });

/** A field-level problem a person can fix: returned as data in a mutation result, not thrown. */
export interface FieldError {
  field: string;
  message: string;
}

/** Thrown inside a service to abort with field errors; the resolver turns it into `{ errors }`. */
export class ValidationFailed extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join("; "));
    this.name = "ValidationFailed";
  }
}
