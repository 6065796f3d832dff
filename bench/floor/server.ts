// The floor: a bare node:http handler answering the benchmark's two questions with plain `pg` queries
// and JSON.stringify. No GraphQL, no validation, no framework: the fastest honest answer from this database.
// GET /dashboard?priority=1  and  GET /metric?id=<metric id>; GET /readyz for the runner.
import { createServer, type ServerResponse } from "node:http";
import pg from "pg";
import { readDashboard } from "./readDashboard.ts";
import { readMetricDrillDown } from "./readMetricDrillDown.ts";

// The same pool size as node-postgres' default, which the API's adapter also uses.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("error", (error) => console.error("floor pool error", error.message));
const areaCode = process.env.HEADLINE_AREA ?? "force";

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://floor");
  answer(url)
    .then((body) => send(response, 200, body))
    .catch((error: Error) => send(response, 500, { errors: [{ message: error.message }] }));
});

async function answer(url: URL): Promise<unknown> {
  if (url.pathname === "/dashboard") {
    return { data: await readDashboard(pool, Number(url.searchParams.get("priority") ?? 1), areaCode) };
  }
  if (url.pathname === "/metric") {
    return { data: await readMetricDrillDown(pool, url.searchParams.get("id") ?? "") };
  }
  if (url.pathname === "/readyz") return { ok: (await pool.query("SELECT 1")).rowCount === 1 };
  throw new Error(`no route ${url.pathname}`);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  response.end(json);
}

server.listen(Number(process.env.PORT), "127.0.0.1", () =>
  console.log(`floor listening on ${process.env.PORT}`),
);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close();
    pool.end().finally(() => process.exit(0));
  });
}
