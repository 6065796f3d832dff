import { type Request, type Response, Router } from "express";
import { buildExport, type ExportTarget } from "../services/exports/buildExport.ts";
import { writeCsv } from "../services/exports/writeCsv.ts";
import { writeXlsx } from "../services/exports/writeXlsx.ts";
import { hasUnstorableText, isPastIdRange } from "../services/shared/storableInput.ts";
import type { RestDeps } from "./restDeps.ts";
import { sendFile } from "./sendFile.ts";
import { sendRestError } from "./sendRestError.ts";

/**
 * GET /exports/metric/:id.csv|.xlsx and /exports/section/:id.csv|.xlsx. The .xlsx has an
 * Observations and a Benchmarks sheet; a .csv holds one of them (?kind=benchmarks for the second).
 */
export function exportRoutes(deps: Required<RestDeps>): Router {
  const router = Router();
  router.get("/exports/:kind/:file", (req, res, next) => handleExport(deps, req, res).catch(next));
  return router;
}

async function handleExport(deps: Required<RestDeps>, req: Request, res: Response) {
  const kind = String(req.params.kind);
  const match = /^(.+)\.(csv|xlsx)$/.exec(String(req.params.file));
  const target = match && targetOf(kind, match[1]!);
  if (!match || !target) {
    res
      .status(404)
      .json({ error: { code: "NOT_FOUND", message: "Ask for /exports/metric|section/<id>.csv|.xlsx" } });
    return;
  }
  try {
    const file = await buildExport(deps.repos, target);
    if (match[2] === "xlsx") {
      sendFile(res, `${file.baseName}.xlsx`, await writeXlsx(file.sheets));
      return;
    }
    const sheet = req.query.kind === "benchmarks" ? file.sheets[1]! : file.sheets[0]!;
    sendFile(res, `${file.baseName}-${sheet.name.toLowerCase()}.csv`, writeCsv(sheet));
  } catch (error) {
    if (!sendRestError(res, error)) throw error;
  }
}

// An id the database could not even compare (a NUL, a number past its keys) names nothing: 404.
function targetOf(kind: string, id: string): ExportTarget | null {
  if (kind === "metric" && !hasUnstorableText(id)) return { kind, id };
  if (kind === "section" && /^\d+$/.test(id) && !isPastIdRange(id)) return { kind, id: Number(id) };
  return null;
}
