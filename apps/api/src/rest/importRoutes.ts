import { type Request, type Response, Router } from "express";
import { limitConcurrency } from "../server/limitConcurrency.ts";
import { writeCsv } from "../services/exports/writeCsv.ts";
import { benchmarkImport } from "../services/imports/benchmarkImport.ts";
import { buildImportTemplate } from "../services/imports/buildImportTemplate.ts";
import type { ImportKindSpec } from "../services/imports/importKindSpec.ts";
import { observationImport } from "../services/imports/observationImport.ts";
import { runImport } from "../services/imports/runImport.ts";
import { readUpload } from "./readUpload.ts";
import { refuseNonEditors } from "./refuseNonEditors.ts";
import type { RestDeps } from "./restDeps.ts";
import { sendFile } from "./sendFile.ts";
import { sendRestError } from "./sendRestError.ts";

// Two at a time on a two-core machine: each is CPU-bound while it parses, and holds its file in memory.
const IMPORT_QUEUE = {
  running: 2,
  waiting: 8,
  refusal: {
    maxWaitMs: 20_000,
    retryAfterSeconds: 30,
    message: "The server is loading other files. Try this one again in a minute.",
    closeConnection: true,
  },
};

/**
 * POST /imports/observations and /imports/benchmarks: the file is the request body; ?dryRun=false
 * commits (anything else is a dry run, the safe default); ?fileName= or X-File-Name names it;
 * ?rows=N caps the row results returned. GET /imports/template?scorecard=ID[&kind=benchmarks].
 */
export function importRoutes(deps: Required<RestDeps>): Router {
  const router = Router();
  // One queue for both kinds, placed before the body is read: it bounds the memory all uploads
  // together may hold, since a waiting upload's body stays in the client's socket.
  const queue = limitConcurrency(IMPORT_QUEUE.running, IMPORT_QUEUE.waiting, IMPORT_QUEUE.refusal);
  const upload = readUpload(deps.maxUploadBytes);
  router.post("/imports/observations", refuseNonEditors, queue, upload, (req, res, next) =>
    handleImport(observationImport, deps, req, res).catch(next),
  );
  router.post("/imports/benchmarks", refuseNonEditors, queue, upload, (req, res, next) =>
    handleImport(benchmarkImport, deps, req, res).catch(next),
  );
  router.get("/imports/template", (req, res, next) => handleTemplate(deps, req, res).catch(next));
  return router;
}

async function handleImport<Row>(
  spec: ImportKindSpec<Row>,
  deps: Required<RestDeps>,
  req: Request,
  res: Response,
) {
  const rowLimit = Number.parseInt(String(req.query.rows ?? ""), 10);
  try {
    const report = await runImport(
      spec,
      { repos: deps.repos, viewer: req.viewer ?? null, requestId: req.requestId ?? null, asOf: deps.now() },
      {
        file: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        fileName: fileNameOf(req),
        isDryRun: req.query.dryRun !== "false",
        rowLimit: Number.isFinite(rowLimit) && rowLimit >= 0 ? rowLimit : null,
      },
    );
    res.status(report.committed ? 201 : 200).json(report);
  } catch (error) {
    if (!sendRestError(res, error)) throw error;
  }
}

async function handleTemplate(deps: Required<RestDeps>, req: Request, res: Response) {
  const scorecardId = Number.parseInt(String(req.query.scorecard ?? ""), 10);
  const kind = req.query.kind === "benchmarks" ? "BENCHMARKS" : "OBSERVATIONS";
  if (!Number.isInteger(scorecardId)) {
    res
      .status(400)
      .json({ error: { code: "BAD_USER_INPUT", message: "Name the scorecard: ?scorecard=<id>" } });
    return;
  }
  try {
    const sheet = await buildImportTemplate(deps.repos, { scorecardId, kind, asOf: deps.now() });
    sendFile(res, `scorecard-${scorecardId}-${kind.toLowerCase()}-template.csv`, writeCsv(sheet));
  } catch (error) {
    if (!sendRestError(res, error)) throw error;
  }
}

// Header values are ASCII, so the page sends the name URI-encoded; keep it short and printable.
function fileNameOf(req: Request): string {
  const raw = String(req.query.fileName ?? req.header("x-file-name") ?? "upload");
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Not URI-encoded: use it as sent.
  }
  // Control characters would break log lines and the Content-Disposition of later downloads.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
  return name.replace(/[\u0000-\u001f]/g, "").slice(0, 200) || "upload";
}
