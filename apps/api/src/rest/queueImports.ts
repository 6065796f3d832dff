import type { NextFunction, Request, Response } from "express";

export interface ImportQueueOptions {
  /** Imports read and checked at once. */
  concurrency: number;
  /** Imports waiting their turn; one more is refused at once. */
  maxWaiting: number;
  /** Longest wait for a turn before the upload is refused. */
  maxWaitMs: number;
}

/** Two at a time on a two-core machine: each is CPU-bound while it parses, and holds its file in memory. */
export const IMPORT_QUEUE: ImportQueueOptions = { concurrency: 2, maxWaiting: 8, maxWaitMs: 20_000 };

/**
 * Lets `concurrency` uploads be read and imported at once and queues the rest in arrival order
 * before their bodies are read, so N uploads at once hold at most `concurrency` files and their
 * rows in memory; a waiting upload's body stays in the client's socket. Over `maxWaiting`, or
 * after `maxWaitMs`, an upload is refused with 503 and Retry-After.
 */
export function queueImports(options: ImportQueueOptions = IMPORT_QUEUE) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return (_req: Request, res: Response, next: NextFunction) => {
    // "close" fires when the answer is sent and when the client hangs up while still waiting.
    let state: "waiting" | "running" | "done" = "waiting";
    let timer: NodeJS.Timeout | undefined;
    const start = () => {
      clearTimeout(timer);
      state = "running";
      next();
    };
    const leaveQueue = () => {
      const place = waiting.indexOf(start);
      if (place !== -1) waiting.splice(place, 1);
      clearTimeout(timer);
      state = "done";
    };
    res.once("close", () => {
      if (state === "running") release();
      else if (state === "waiting") leaveQueue();
      state = "done";
    });
    if (running < options.concurrency) {
      running += 1;
      start();
      return;
    }
    if (waiting.length >= options.maxWaiting) {
      state = "done";
      refuseBusy(res);
      return;
    }
    waiting.push(start);
    timer = setTimeout(() => {
      leaveQueue();
      refuseBusy(res);
    }, options.maxWaitMs);
  };
}

function refuseBusy(res: Response): void {
  // The body was never read: closing the connection keeps the client from sending it for nothing.
  res.setHeader("Connection", "close");
  res.setHeader("Retry-After", "30");
  res.status(503).json({
    error: {
      code: "SERVICE_UNAVAILABLE",
      message: "The server is loading other files. Try this one again in a minute.",
    },
  });
}
