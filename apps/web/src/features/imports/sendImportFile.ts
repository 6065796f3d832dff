import type { ImportKind, ImportReport } from "./importReportTypes";

/** How many row results the page asks for: enough to read, not a 100,000-row table. */
export const ROWS_SHOWN = 1000;

export interface SendResult {
  status: number;
  report: ImportReport | null;
  errorMessage: string | null;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Sends a file to /api/imports/<kind> as the raw request body. XMLHttpRequest rather than fetch
 * because only it reports upload progress, which a 100,000-row file needs. Resolves for every
 * HTTP answer (the caller decides what a 422 means); rejects only when the network fails.
 */
export function sendImportFile(
  file: File,
  kind: ImportKind,
  isDryRun: boolean,
  onUploadProgress: (fraction: number) => void,
): Promise<SendResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ dryRun: String(isDryRun), rows: String(ROWS_SHOWN) });
    request.open("POST", `/api/imports/${kind}?${query}`);
    request.withCredentials = true;
    // Named by type, not guessed by the browser: Windows calls a .csv "application/vnd.ms-excel".
    request.setRequestHeader(
      "Content-Type",
      file.name.toLowerCase().endsWith(".xlsx") ? XLSX_TYPE : "text/csv",
    );
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploadProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(readAnswer(request.status, request.response));
    request.onerror = () =>
      reject(new Error("The server could not be reached. Check your connection and try again."));
    request.send(file);
  });
}

function readAnswer(status: number, body: unknown): SendResult {
  const answer = (body ?? {}) as Partial<ImportReport> & { error?: { message?: string } };
  const report = Array.isArray(answer.rows) ? (answer as ImportReport) : null;
  return { status, report, errorMessage: answer.error?.message ?? null };
}
