import { pino } from "pino";

export type Logger = pino.Logger;

let stdout: pino.DestinationStream | undefined;

/**
 * Standard output, written asynchronously: a synchronous write per log line (pino's default) made
 * every request wait for the request log's write to the terminal or pipe, a measurable share of a
 * request on the cold path. Lines are buffered and flushed as the event loop allows, and whatever is
 * left is written when the process exits, so the last lines before a shutdown are not lost. One
 * destination for the process, however many loggers (tests start several servers).
 */
function stdoutDestination(): pino.DestinationStream {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: false });
    process.once("exit", () => {
      try {
        destination.flushSync();
      } catch {
        // Nothing buffered, or standard output already closed: nothing more can be written.
      }
    });
    stdout = destination;
  }
  return stdout;
}

/** Structured JSON logs on stdout, one object per line (pino). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "pcc-api" } }, stdoutDestination());
}
