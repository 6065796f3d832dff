import type { Response } from "express";

const TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Sends a download with its file name; never cached, since the figures change with each load. */
export function sendFile(res: Response, fileName: string, body: string | Buffer): void {
  const extension = fileName.split(".").pop() ?? "csv";
  res.setHeader("Content-Type", TYPES[extension] ?? "application/octet-stream");
  res.setHeader("Content-Disposition", `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`);
  res.setHeader("Cache-Control", "no-store");
  // A UTF-8 byte-order mark tells Excel the CSV is UTF-8 ("Hub – County" keeps its dash).
  res.send(typeof body === "string" ? `\uFEFF${body}` : body);
}
