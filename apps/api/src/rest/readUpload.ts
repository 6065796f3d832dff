import express, { type NextFunction, type Request, type Response } from "express";

// What browsers and BI tools call CSV and .xlsx files. None of them is a type an HTML form can
// send, so a cross-site form cannot post a file with the visitor's cookie (CSRF).
const UPLOAD_TYPES = new Set([
  "text/csv",
  "application/csv",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
]);

/**
 * Reads the raw request body (the file itself) into req.body as a Buffer, refusing other
 * content types with 415 and bodies over `limitBytes` with 413 and a message that says the limit.
 */
export function readUpload(limitBytes: number) {
  const raw = express.raw({ type: () => true, limit: limitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (!UPLOAD_TYPES.has(type)) {
      res.status(415).json({
        error: {
          code: "UNSUPPORTED_MEDIA_TYPE",
          message: "Send the file as text/csv or as an .xlsx workbook",
        },
      });
      return;
    }
    raw(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === "entity.too.large") {
        const megabytes = Math.round(limitBytes / 1_000_000);
        res.status(413).json({
          error: {
            code: "FILE_TOO_LARGE",
            message: `The file is larger than the ${megabytes} MB limit. Split it into smaller files.`,
          },
        });
        return;
      }
      next(error);
    });
  };
}
