import type { Response } from "express";
import { AppError, type AppErrorCode } from "../errors.ts";
import { ImportLimitExceeded } from "../services/imports/ImportLimitExceeded.ts";
import { ImportRejected } from "../services/imports/ImportRejected.ts";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  // Nothing to export yet: a conflict with the install's state, which its admin resolves in /setup.
  NOT_SET_UP: 409,
};

/**
 * Answers a failed REST request with `{ error: { code, message } }`, the same codes GraphQL
 * uses. A refused commit is 422 with the whole dry-run report, so the page can show the rows; a
 * file over one of the import limits is 413, as one over the upload size is, naming the limit.
 * Anything else is masked as a 500 and left for the server's error handler to log.
 */
export function sendRestError(res: Response, error: unknown): boolean {
  if (error instanceof ImportRejected) {
    res.status(422).json({ ...error.report, error: { code: "IMPORT_REJECTED", message: error.message } });
    return true;
  }
  if (error instanceof ImportLimitExceeded) {
    res.status(413).json({ error: { code: "FILE_TOO_LARGE", limit: error.limit, message: error.message } });
    return true;
  }
  if (error instanceof AppError) {
    res.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
    return true;
  }
  return false;
}
