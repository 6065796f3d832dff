import type { NextFunction, Request, Response } from "express";
import { requireRole } from "../auth/requireRole.ts";
import { sendRestError } from "./sendRestError.ts";

/**
 * Answers 401/403 before the body is read, so an anonymous caller cannot make the server
 * buffer a 20 MB upload. The import service checks the role again: this is only the early exit.
 */
export function refuseNonEditors(req: Request, res: Response, next: NextFunction): void {
  try {
    requireRole({ viewer: req.viewer ?? null }, "EDITOR");
  } catch (error) {
    if (sendRestError(res, error)) {
      // The client may still be sending; closing keeps it from streaming the rest for nothing.
      res.setHeader("Connection", "close");
      return;
    }
    throw error;
  }
  next();
}
