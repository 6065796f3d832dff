import { xlsxBombs } from "../../../apps/api/test/imports/xlsxBombs.ts";
import { send, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADER = "metric,area,period_end,value";

export interface UploadBomb {
  name: string;
  file: Buffer;
  type: string;
}

/** Built before the kind starts, so building them is not counted against the server. */
export function buildUploadBombs(): UploadBomb[] {
  return [
    ...xlsxBombs().map((bomb) => ({ ...bomb, type: XLSX })),
    {
      name: "150,001 CSV rows",
      file: Buffer.from(`${HEADER}\n${"m,force,2023-04,1\n".repeat(150_001)}`),
      type: "text/csv",
    },
    { name: "1.5 MB CSV line", file: Buffer.from(`${HEADER}\n${"x".repeat(1_500_000)}\n`), type: "text/csv" },
    { name: "21 MB CSV", file: Buffer.alloc(21_000_000, "a"), type: "text/csv" },
  ];
}

/** Every upload bomb at once, as an editor committing (dryRun=false): each must be refused. */
export async function uploadBombs(target: Target, bombs: UploadBomb[]): Promise<KindResult> {
  const answers = await Promise.all(
    bombs.map((bomb) =>
      send(`${target.url}/api/imports/observations?dryRun=false`, {
        method: "POST",
        headers: { "content-type": bomb.type, cookie: target.cookies.admin ?? "", "x-file-name": "bomb" },
        body: new Uint8Array(bomb.file),
      }),
    ),
  );
  const accepted = answers.filter((answer) => answer.status < 300).length;
  return {
    kind: `upload bombs (${bombs.length} at once)`,
    answers,
    note: `${accepted} accepted; compressed ${(bombs.reduce((sum, b) => sum + b.file.length, 0) / 1e6).toFixed(1)} MB in all`,
  };
}
