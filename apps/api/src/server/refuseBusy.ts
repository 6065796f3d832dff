import type { Response } from "express";

export interface BusyRefusal {
  /** Seconds the client is told to wait before it tries again. */
  retryAfterSeconds: number;
  message: string;
  /** Close the connection with the answer, so a client still sending a body stops. */
  closeConnection?: boolean;
}

/**
 * Answers 503 with Retry-After, so clients (and Apollo's retry link) know when to come back: in
 * GraphQL's error shape for a request to /graphql (`path` from the application's root), the REST
 * one elsewhere.
 */
export function refuseBusy(res: Response, path: string, refusal: BusyRefusal): void {
  if (refusal.closeConnection) res.setHeader("Connection", "close");
  res.setHeader("Retry-After", String(refusal.retryAfterSeconds));
  const { message } = refusal;
  res
    .status(503)
    .json(
      path.startsWith("/graphql")
        ? { errors: [{ message, extensions: { code: "SERVICE_UNAVAILABLE" } }] }
        : { error: { code: "SERVICE_UNAVAILABLE", message } },
    );
}
