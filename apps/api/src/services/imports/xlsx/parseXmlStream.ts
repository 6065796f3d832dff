import { SaxesParser, type SaxesTagPlain } from "saxes";
import { AppError } from "../../../errors.ts";
import { ImportLimitExceeded } from "../ImportLimitExceeded.ts";
import { IMPORT_LIMITS } from "../importLimits.ts";

export interface XmlHandlers {
  /** Tag names arrive without a namespace prefix (`x:row` is `row`). */
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

// A run of characters with no "<" in it is one text node or one tag, which the XML parser holds
// whole before handing it over: longer than a cell can be (escaped, say, as &quot; six times over)
// means a file built to exhaust memory, refused before the parser has buffered it.
const MAX_RUN_CHARS = IMPORT_LIMITS.cellChars * 8;
// Parsing is synchronous per chunk and inflated chunks can arrive back to back: let the event loop
// go this often, so other requests and /healthz are answered while a large sheet is read.
const YIELD_EVERY_CHARS = 1_000_000;

/** Parses one part of a workbook as it inflates, calling the handlers for each tag and text. */
export async function parseXmlStream(
  partName: string,
  chunks: AsyncIterable<string>,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = new SaxesParser();
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  }
  if (handlers.text) parser.on("text", handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  let run = 0;
  let sinceYield = 0;
  try {
    for await (const chunk of chunks) {
      sinceYield += chunk.length;
      if (sinceYield > YIELD_EVERY_CHARS) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const lastTag = chunk.lastIndexOf("<");
      run = lastTag === -1 ? run + chunk.length : chunk.length - lastTag;
      if (run > MAX_RUN_CHARS) {
        throw new ImportLimitExceeded(
          "cellChars",
          `${partName} holds a cell or tag longer than the limit of ${IMPORT_LIMITS.cellChars.toLocaleString("en-GB")} characters.`,
        );
      }
      parser.write(chunk);
    }
    parser.close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError(
      "BAD_USER_INPUT",
      `The file could not be read as an .xlsx workbook: ${partName}: ${message}`,
    );
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}
