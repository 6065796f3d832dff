import type { NextFunction, Request, Response } from "express";
import { type BusyRefusal, refuseBusy } from "./refuseBusy.ts";

export interface ConcurrencyRefusal extends BusyRefusal {
  /** Longest wait for a turn; past it the request is refused as if the queue were full. */
  maxWaitMs?: number;
}

const BUSY: ConcurrencyRefusal = {
  retryAfterSeconds: 2,
  message: "The server is busy; try again shortly",
};

/**
 * Lets at most `limit` requests run at once; the rest wait their turn in arrival order. Without it a
 * burst (200 connections in bench/) starts every request together: they all queue for the 10 pool
 * connections, and a wait of more than the pool's 3 s checkout timeout was reported as "database
 * not reachable" although the database was fine. Waiting here is bounded by the HTTP server's
 * request timeout, or by `refusal.maxWaitMs`; beyond `maxWaiting` a request is refused at once with
 * 503 and Retry-After (in GraphQL's error shape under /graphql, the REST one elsewhere).
 */
export function limitConcurrency(limit: number, maxWaiting: number, refusal: ConcurrencyRefusal = BUSY) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    // "close" fires when the answer is sent and when the client hangs up, also while still waiting
    // here: a request that left the queue must neither run nor keep a place.
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
    if (running < limit) {
      running += 1;
      start();
      return;
    }
    if (waiting.length >= maxWaiting) {
      state = "done";
      refuseBusy(res, req.originalUrl, refusal);
      return;
    }
    waiting.push(start);
    if (refusal.maxWaitMs === undefined) return;
    timer = setTimeout(() => {
      leaveQueue();
      refuseBusy(res, req.originalUrl, refusal);
    }, refusal.maxWaitMs);
  };
}
