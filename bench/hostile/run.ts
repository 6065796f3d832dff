import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { canRunPrivatePostgres, startPrivatePostgres } from "../../apps/api/test/restart/privatePostgres.ts";
import { createBenchDatabase } from "../src/createBenchDatabase.ts";
import { findFreePort } from "../src/findFreePort.ts";
import { startServer } from "../src/startServer.ts";
import { aliasedQueries } from "./kinds/aliasedQueries.ts";
import { badInputs } from "./kinds/badInputs.ts";
import { conflictingSaves } from "./kinds/conflictingSaves.ts";
import { forgedSignIns } from "./kinds/forgedSignIns.ts";
import type { KindResult } from "./kinds/KindResult.ts";
import { nestedQueries } from "./kinds/nestedQueries.ts";
import { postgresRestart, type RestartableDatabase } from "./kinds/postgresRestart.ts";
import { buildUploadBombs, uploadBombs } from "./kinds/uploadBombs.ts";
import { graphql, isInternal, type Target } from "./probe.ts";
import { type HostileRun, renderHostileReport } from "./renderHostileReport.ts";
import { watchServer } from "./watchServer.ts";

/**
 * The hostile suite: starts the API on loopback (production mode unless HOSTILE_MODE=development)
 * over a private PostgreSQL it may restart (else a fresh database on the shared one, and no
 * restart), replays each kind of hostile input, and prints per kind the statuses, internal errors,
 * the slowest answer and peak RSS, and whether /healthz stayed up. Bounded: each kind sends a
 * fixed number of requests. Exit 1 on a crash, an internal error or /healthz down.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const mode = process.env.HOSTILE_MODE === "development" ? "development" : "production";
const PASSWORD = "hostile-password-0001";
const ADMIN = "admin@hostile.test";
const VICTIM = "victim@hostile.test";

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]!.toFixed(1);
  const database = await openDatabase();
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: mode,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: database.url,
    LOG_LEVEL: "warn",
  };
  console.log(
    `hostile suite: ${mode} mode, ${database.restartable ? "private" : "shared"} PostgreSQL, ${url}`,
  );
  const server = await startServer({
    name: "api",
    command: process.execPath,
    args: ["--import", "tsx", "apps/api/src/main.ts"],
    cwd: repoRoot,
    env,
    readyUrl: `${url}/readyz`,
    readyTimeoutMs: 180_000,
  });
  let watch: ReturnType<typeof watchServer> | null = null;
  const results: HostileRun["results"] = [];
  try {
    for (const email of [ADMIN, VICTIM]) await createAdmin(email, env);
    const target: Target = { url, cookies: { admin: await signIn(url, ADMIN) } };
    const deliverableId = await firstDeliverableId(target);
    const bombs = buildUploadBombs();
    // Watched from here: the set-up above is not hostile input.
    watch = watchServer(url, server.pid);
    const kinds: (() => Promise<KindResult>)[] = [
      () => uploadBombs(target, bombs),
      () => aliasedQueries(target),
      () => nestedQueries(target),
      () => badInputs(target, deliverableId),
      () => forgedSignIns(target, VICTIM, PASSWORD),
      () => conflictingSaves(target, database.url, deliverableId),
      ...(database.restartable
        ? [() => postgresRestart(target, database.restartable as RestartableDatabase)]
        : []),
    ];
    for (const kind of kinds) {
      watch.resetPeak();
      watch.takeKindHealth();
      const result = await kind();
      results.push({ result, peakRssMb: watch.peakRssMb(), health: watch.takeKindHealth() });
      console.log(`  done: ${result.kind}`);
    }
  } finally {
    const isAlive = existsSync(`/proc/${server.pid}`);
    watch?.stop();
    const machine = `load average (1 min) ${loadAtStart} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
    const report = renderHostileReport({
      mode,
      machine,
      results,
      health: watch?.health() ?? { probes: 0, failures: 0, slowestMs: 0 },
      isAlive,
    });
    console.log(report.text);
    await server.stop();
    await database.destroy();
    process.exitCode = report.isClean ? 0 : 1;
  }
}

async function openDatabase(): Promise<{
  url: string;
  restartable: RestartableDatabase | null;
  destroy: () => Promise<void>;
}> {
  if (canRunPrivatePostgres()) {
    const postgres = await startPrivatePostgres();
    return { url: postgres.url, restartable: postgres, destroy: async () => postgres.destroy() };
  }
  const shared = await createBenchDatabase();
  return { url: shared.url, restartable: null, destroy: shared.drop };
}

// Production mode has no demo accounts: the first admins come from the command line, as in the README.
async function createAdmin(email: string, env: Record<string, string>): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "apps/api/src/cli/createAdmin.ts", email, "Hostile suite"],
    { cwd: repoRoot, env: { ...process.env, ...env, ADMIN_PASSWORD: PASSWORD } },
  );
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }`,
      variables: { e: email, p: PASSWORD },
    }),
  });
  const cookie = /pcc_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  return cookie;
}

async function firstDeliverableId(target: Target): Promise<string> {
  const answer = await graphql(target, "{ deliverables { id } }");
  const id = (answer.body as { data?: { deliverables?: { id: string }[] } }).data?.deliverables?.[0]?.id;
  if (!id || isInternal(answer)) throw new Error(`no deliverable to save: ${JSON.stringify(answer.body)}`);
  return id;
}

await main();
