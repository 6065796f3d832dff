import type { Repositories } from "../context.ts";

/**
 * What the REST routes need. The viewer and request id come from the server's session and
 * request-log middleware (req.viewer, req.requestId), which run before this router.
 */
export interface RestDeps {
  repos: Repositories;
  /** The clock, for the "period out of range" rule and template months; tests fix it. */
  now?: () => Date;
  /** Largest upload accepted, in bytes (default 20 MB: a 100,000-row CSV is about 6 MB). */
  maxUploadBytes?: number;
}
