import type { NextFunction, Request, Response } from "express";

/**
 * Lets at most `limit` requests run at once; the rest wait their turn in arrival order. Without it a
 * burst (200 connections in bench/) starts every request together: they all queue for the 10 pool
 * connections, and a wait of more than the pool's 3 s checkout timeout was reported as "database
 * not reachable" although the database was fine. Waiting here instead is bounded by the HTTP
 * server's request timeout; beyond `maxWaiting` a request is refused at once with 503 and Retry-After
 * (in GraphQL's error shape under /graphql, the REST one elsewhere).
 */
export function limitConcurrency(limit: number, maxWaiting: number) {
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
    const start = () => {
      state = "running";
      next();
    };
    res.once("close", () => {
      if (state === "running") release();
      else if (state === "waiting") waiting.splice(waiting.indexOf(start), 1);
      state = "done";
    });
    if (running < limit) {
      running += 1;
      start();
      return;
    }
    if (waiting.length >= maxWaiting) {
      state = "done";
      // Politely: clients (and Apollo's retry link) know when to come back.
      res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      res
        .status(503)
        .json(
          req.originalUrl.startsWith("/graphql")
            ? { errors: [{ message: BUSY, extensions: { code: "SERVICE_UNAVAILABLE" } }] }
            : { error: { code: "SERVICE_UNAVAILABLE", message: BUSY } },
        );
      return;
    }
    waiting.push(start);
  };
}

const BUSY = "The server is busy; try again shortly";
const RETRY_AFTER_SECONDS = "2";
