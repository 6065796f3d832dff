import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "../../src/services/imports/importLimits.ts";
import { METRICS } from "./buildImportWorld.ts";
import { tableFingerprint } from "./tableFingerprint.ts";
import { uploadFile, XLSX_TYPE } from "./uploadFile.ts";
import { useImportServer } from "./useImportServer.ts";
import { xlsxBombs } from "./xlsxBombs.ts";

// The server runs in this test's process, so its RSS is the process's. Two imports at a time, each
// holding at most a 20 MB file and what its limits allow: the bombs together must stay within this
// above the RSS before they were sent (measured 224–268 MB here; the old whole-workbook read had no
// bound at all on what a zip unpacked to).
const MAX_RSS_GROWTH_MB = 400;
// Ten bombs take 15–35 s on the shared two-core machine, two at a time; a test still running when
// its time is up leaves uploads in the queue that the next test would meet.
const BOMBS_TIMEOUT_MS = 180_000;

const { server, editor } = useImportServer();

const HEADER = "metric,area,period_end,value";

function csvBombs(): { name: string; file: Buffer; limit: string }[] {
  return [
    {
      name: "150,001 CSV rows",
      file: Buffer.from(`${HEADER}\n${"m,force,2023-04,1\n".repeat(IMPORT_LIMITS.rows + 1)}`),
      limit: "rows",
    },
    {
      name: "a 1.5 MB CSV line",
      file: Buffer.from(`${HEADER}\n${"x".repeat(1_500_000)}\n`),
      limit: "cellChars",
    },
    {
      name: "a 200-column header",
      file: Buffer.from(`${Array.from({ length: 200 }, (_, i) => `c${i}`).join(",")},${HEADER}\n1\n`),
      limit: "columns",
    },
  ];
}

/** Samples the process's RSS every 10 ms while `run` runs; returns its result and the peak. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  try {
    const result = await run();
    return { result, peakMb: Math.max(peak, process.memoryUsage.rss()) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

describe("upload bombs sent at once", () => {
  it(
    "are every one refused, naming the limit, with nothing stored and the process's memory bounded",
    async () => {
      const bombs = [...xlsxBombs(), ...csvBombs()].slice(0, 10);
      expect(bombs).toHaveLength(10);
      const before = await tableFingerprint(server.db, "Observation");
      const batchesBefore = await tableFingerprint(server.db, "ImportBatch");
      const baselineMb = process.memoryUsage.rss() / 1e6;
      const { result: answers, peakMb } = await withPeakRss(() =>
        Promise.all(
          bombs.map((bomb) =>
            uploadFile(server.url, "observations", bomb.file, {
              cookie: editor.cookie,
              dryRun: false,
              type: bomb.file[0] === 0x50 ? XLSX_TYPE : "text/csv",
            }),
          ),
        ),
      );
      console.log(
        `[upload bombs] RSS before ${baselineMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB; ${bombs
          .map((bomb, i) => `${bomb.name} (${(bomb.file.length / 1e6).toFixed(2)} MB): ${answers[i]!.status}`)
          .join("; ")}`,
      );
      bombs.forEach((bomb, i) => {
        const answer = answers[i]!;
        // On a machine busy enough that an upload waits its turn more than 20 s, the queue turns it
        // away instead: refused too, before its body was read.
        if (answer.status === 503) {
          expect(answer.body.error?.code, bomb.name).toBe("SERVICE_UNAVAILABLE");
        } else if (bomb.limit === "bad-zip") {
          expect(answer.status, bomb.name).toBe(400);
          expect(answer.body.error?.message, bomb.name).toMatch(/could not be read as an .xlsx workbook/);
        } else {
          expect(answer.status, bomb.name).toBe(413);
          expect(answer.body.error, bomb.name).toMatchObject({ code: "FILE_TOO_LARGE", limit: bomb.limit });
          expect(answer.body.error?.message, bomb.name).toMatch(/limit of [\d,.]+/);
        }
      });
      expect(peakMb - baselineMb).toBeLessThan(MAX_RSS_GROWTH_MB);
      expect(await tableFingerprint(server.db, "Observation")).toEqual(before);
      expect(await tableFingerprint(server.db, "ImportBatch")).toEqual(batchesBefore);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
    BOMBS_TIMEOUT_MS,
  );

  it("the rest of the bombs are refused too", async () => {
    for (const bomb of [...xlsxBombs(), ...csvBombs()].slice(10)) {
      const answer = await uploadFile(server.url, "observations", bomb.file, {
        cookie: editor.cookie,
        dryRun: true,
        type: bomb.file[0] === 0x50 ? XLSX_TYPE : "text/csv",
      });
      expect(answer.status, bomb.name).toBe(413);
      expect(answer.body.error, bomb.name).toMatchObject({ code: "FILE_TOO_LARGE", limit: bomb.limit });
    }
  });

  it("beyond the queue's places, an upload is turned away at once with 503 and Retry-After", async () => {
    // Bodies that stall until released: two uploads hold the running places, eight wait, four are refused.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const file = Buffer.from(`${HEADER}\nm,force,2023-04,1\n`);
    const stalledBody = () =>
      new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new Uint8Array(file.subarray(0, 10)));
          await released;
          controller.enqueue(new Uint8Array(file.subarray(10)));
          controller.close();
        },
      });
    let busy = 0;
    const answers = await Promise.all(
      Array.from({ length: 14 }, () =>
        fetch(`${server.url}/api/imports/observations?dryRun=true`, {
          method: "POST",
          headers: { "content-type": "text/csv", cookie: editor.cookie },
          body: stalledBody(),
          duplex: "half",
        } as RequestInit).then((response) => {
          if (response.status === 503 && ++busy === 4) release();
          return { status: response.status, retryAfter: response.headers.get("retry-after") };
        }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 503)).toEqual(
      Array.from({ length: 4 }, () => ({ status: 503, retryAfter: "30" })),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(10);
  });
});

describe("an .xlsx formula cell saved without its result", () => {
  it("is refused with the cell's reference, not stored as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Observations");
    sheet.addRow(["metric", "area", "period_end", "value"]);
    sheet.addRow([METRICS.abandonment.id, "force", "2023-04", { formula: "SUM(A9:A12)" }]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const answer = await uploadFile(server.url, "observations", file, {
      cookie: editor.cookie,
      dryRun: true,
      type: XLSX_TYPE,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(
      /^Cell D2 holds the formula =SUM\(A9:A12\) with no saved result/,
    );
  });
});
