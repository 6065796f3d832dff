import type { ImportReport } from "../../src/services/imports/importTypes.ts";

export const CSV_TYPE = "text/csv";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface UploadResult {
  status: number;
  body: ImportReport & { error?: { code: string; message: string } };
}

/** POSTs a file to /api/imports/<kind> as the web page does: the raw file as the body. */
export async function uploadFile(
  url: string,
  kind: "observations" | "benchmarks",
  file: Buffer | string,
  options: { cookie?: string | null; dryRun: boolean; fileName?: string; type?: string; rows?: number },
): Promise<UploadResult> {
  const query = new URLSearchParams({ dryRun: String(options.dryRun) });
  if (options.rows !== undefined) query.set("rows", String(options.rows));
  const response = await fetch(`${url}/api/imports/${kind}?${query}`, {
    method: "POST",
    headers: {
      "content-type": options.type ?? CSV_TYPE,
      "x-file-name": encodeURIComponent(options.fileName ?? "test.csv"),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: typeof file === "string" ? file : new Uint8Array(file),
  });
  return { status: response.status, body: (await response.json()) as UploadResult["body"] };
}
