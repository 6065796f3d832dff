/** One answer as the hostile suite records it. */
export interface Answer {
  status: number;
  ms: number;
  /** GraphQL `extensions.code`s, or the REST `error.code`. */
  codes: string[];
  body: unknown;
}

export interface Target {
  url: string;
  /** Session cookies by role name, signed in before the run. */
  cookies: Record<string, string>;
}

/** Sends one request, never throwing: a refused or dropped connection is status 0. */
export async function send(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 60_000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, ms: performance.now() - started, codes: codesOf(body), body };
  } catch (error) {
    return {
      status: 0,
      ms: performance.now() - started,
      codes: [(error as Error).name],
      body: String(error),
    };
  }
}

export function graphql(
  target: Target,
  query: string,
  variables: Record<string, unknown> = {},
  options: {
    cookie?: string;
    headers?: Record<string, string>;
    extensions?: unknown;
    timeoutMs?: number;
  } = {},
): Promise<Answer> {
  return send(`${target.url}/graphql`, {
    method: "POST",
    timeoutMs: options.timeoutMs,
    headers: {
      "content-type": "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify({
      query,
      variables,
      ...(options.extensions ? { extensions: options.extensions } : {}),
    }),
  });
}

function codesOf(body: unknown): string[] {
  const b = body as { errors?: { extensions?: { code?: string } }[]; error?: { code?: string } } | null;
  if (b && Array.isArray(b.errors)) return b.errors.map((e) => e.extensions?.code ?? "NO_CODE");
  if (b?.error?.code) return [b.error.code];
  return [];
}

/** An answer is internal when the server failed rather than refused: 500, or INTERNAL_SERVER_ERROR. */
export function isInternal(answer: Answer): boolean {
  return answer.status === 500 || answer.codes.includes("INTERNAL_SERVER_ERROR");
}
