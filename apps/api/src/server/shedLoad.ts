import { readFileSync } from "node:fs";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "./logger.ts";
import { refuseBusy } from "./refuseBusy.ts";

export interface MemoryReading {
  rss: number;
  heapUsed: number;
}

export interface ShedLoadOptions {
  /** The process's memory limit in MB (a container's or unit's); unset: the cgroup's, else the machine's. */
  memoryLimitMb?: number;
  readMemory?: () => MemoryReading;
  /** How often memory is read. Reading RSS costs a few microseconds. */
  intervalMs?: number;
}

// New work is refused from this share of a limit, so requests already running can still finish
// (and free what they hold) before V8 or the kernel kills the process.
const SHED_AT = 0.85;
const RETRY_AFTER_SECONDS = 10;

/**
 * Refuses new requests with 503 and Retry-After while the heap or RSS is near its limit (the heap's
 * is V8's own, the RSS's the process's memory limit), and takes them again once memory falls back.
 * Mounted after the health probes, so /healthz answers throughout and the supervisor does not
 * restart a process that is only busy.
 */
export function shedLoad(logger: Logger, options: ShedLoadOptions = {}) {
  const readMemory = options.readMemory ?? (() => process.memoryUsage());
  const heapLimit = getHeapStatistics().heap_size_limit * SHED_AT;
  const rssLimit =
    (options.memoryLimitMb ? options.memoryLimitMb * 1024 * 1024 : machineMemoryLimit()) * SHED_AT;
  let isShedding = false;
  const check = () => {
    const memory = readMemory();
    const wasShedding = isShedding;
    isShedding = memory.heapUsed > heapLimit || memory.rss > rssLimit;
    if (isShedding !== wasShedding) {
      const state = {
        rssMb: mb(memory.rss),
        heapMb: mb(memory.heapUsed),
        rssLimitMb: mb(rssLimit),
        heapLimitMb: mb(heapLimit),
      };
      if (isShedding) logger.warn(state, "memory near its limit: refusing new requests with 503");
      else logger.info(state, "memory back below its limit: taking requests again");
    }
  };
  const timer = setInterval(check, options.intervalMs ?? 250);
  timer.unref();
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    if (!isShedding) return next();
    refuseBusy(res, req.path, {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      message: "The server is short of memory; try again in a few seconds",
      closeConnection: true,
    });
  };
  return Object.assign(middleware, { check, stop: () => clearInterval(timer) });
}

// A container's limit (cgroup v2, then v1) when there is one, else the machine's memory.
function machineMemoryLimit(): number {
  for (const file of ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"]) {
    try {
      const limit = Number(readFileSync(file, "utf8").trim());
      if (Number.isFinite(limit) && limit > 0 && limit < totalmem()) return limit;
    } catch {
      // No such cgroup file: not in a container, or another cgroup version.
    }
  }
  return totalmem();
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
