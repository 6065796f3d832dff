import { pino } from "pino";

export type Logger = pino.Logger;

let stdout: pino.DestinationStream | undefined;

// Lines are written in blocks of about this many bytes (some twenty request-log lines), and at least
// this often, so a quiet server's last lines still show within a second.
const BLOCK_BYTES = 4096;
const FLUSH_EVERY_MS = 1000;

/**
 * Standard output, written asynchronously in blocks: a write per log line (pino's default is a
 * synchronous one) cost the cold path's drill-down about a third of a millisecond per request in
 * the request log alone (CPU profile, bench/RESULTS.md). Whatever is buffered is written when the
 * process exits, so the last lines before a shutdown are not lost. One destination for the process,
 * however many loggers (tests start several servers).
 */
function stdoutDestination(): pino.DestinationStream {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: false, minLength: BLOCK_BYTES });
    setInterval(() => {
      try {
        destination.flush();
      } catch {
        // Standard output closed: nothing more can be written, and logging must not stop the process.
      }
    }, FLUSH_EVERY_MS).unref();
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
