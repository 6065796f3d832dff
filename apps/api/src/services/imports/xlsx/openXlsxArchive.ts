import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import yauzl from "yauzl";
import { AppError } from "../../../errors.ts";
import { ImportLimitExceeded } from "../ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "../importLimits.ts";

/** The parts of an .xlsx zip, read one at a time, each inflated as it is parsed. */
export interface XlsxArchive {
  has(path: string): boolean;
  /** The part's text as it inflates, in chunks; the inflated bytes of every part count against one budget. */
  readText(path: string): AsyncIterable<string>;
  close(): void;
}

const MB = 1_000_000;

/**
 * Opens an uploaded .xlsx from its central directory (the zip's index at its end). Nothing is
 * inflated here. Each part is inflated only when read, and refused before reading when the size
 * the index declares would pass IMPORT_LIMITS.inflatedBytes; yauzl stops any part whose data
 * inflates past its declared size, so a zip bomb that lies about its sizes fails after at most
 * one chunk more. (exceljs's own reader follows the local headers and inflates whatever they hold.)
 */
export async function openXlsxArchive(file: Buffer): Promise<XlsxArchive> {
  const zip = await openZip(file);
  const entries = await listEntries(zip);
  let inflatedBytes = 0;

  async function* readText(path: string): AsyncIterable<string> {
    const entry = entries.get(path);
    if (!entry) return;
    if (inflatedBytes + entry.uncompressedSize > IMPORT_LIMITS.inflatedBytes) throw tooMuchInflated(path);
    const stream = await openStream(zip, entry);
    const decoder = new StringDecoder("utf8");
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflatedBytes += chunk.length;
        if (inflatedBytes > IMPORT_LIMITS.inflatedBytes) throw tooMuchInflated(path);
        yield decoder.write(chunk);
      }
    } catch (error) {
      throw asReadError(error);
    } finally {
      stream.destroy();
    }
    yield decoder.end();
  }

  return { has: (path) => entries.has(path), readText, close: () => zip.close() };
}

function openZip(file: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(asReadError(error)) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > IMPORT_LIMITS.zipEntries) {
    zip.close();
    throw new ImportLimitExceeded(
      "zipEntries",
      `The workbook holds ${zip.entryCount} parts, more than the limit of ${IMPORT_LIMITS.zipEntries}.`,
    );
  }
  const entries = new Map<string, yauzl.Entry>();
  return new Promise((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", (error) => reject(asReadError(error)));
    zip.readEntry();
  });
}

function openStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(asReadError(error)) : resolve(stream)));
  });
}

function tooMuchInflated(path: string): ImportLimitExceeded {
  return new ImportLimitExceeded(
    "inflatedBytes",
    `The workbook unzips to more than the limit of ${IMPORT_LIMITS.inflatedBytes / MB} MB (reached in ${path}).`,
  );
}

function asReadError(error: unknown): Error {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError("BAD_USER_INPUT", `The file could not be read as an .xlsx workbook: ${message}`);
}
