// The cold path on its own: our API with RESPONSE_CACHE=off (every request executed) over a fresh
// database, the dashboard and drill-down questions at 1 and 10 connections, for before/after figures
// while changing the API. A script, not a test; quicker than `pnpm bench` and measures one thing.
//
//   pnpm --filter @pcc/bench cold-path
//
// Environment: COLD_SECONDS per run (default 5); COLD_POSTGRAPHILE=1 measures PostGraphile beside it
// (for the ratio); COLD_PROFILE=N profiles N requests one after another (`node --cpu-prof`) and
// prints self time by package or file (COLD_PROFILE_QUESTION: drill-down, the default, or dashboard); COLD_ANSWERS=path saves our two answers there, or, when the
// file exists, fails unless today's answers are byte-identical to the saved ones; COLD_API_MAIN runs
// another copy of the API (its main.ts, relative to apps/api) for a before/after pair. Each run also prints
// the CPU time per request of the server's process and of PostgreSQL's backends, which a busy machine
// moves far less than req/s.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildTargets } from "./src/buildTargets.ts";
import { type BenchDatabase, createBenchDatabase } from "./src/createBenchDatabase.ts";
import { ensurePostgraphile } from "./src/ensurePostgraphile.ts";
import { fetchReference } from "./src/fetchReference.ts";
import { findFreePort } from "./src/findFreePort.ts";
import { lookUpBenchInputs } from "./src/lookUpBenchInputs.ts";
import { measure } from "./src/measure.ts";
import { processCpuMs } from "./src/processCpuMs.ts";
import { settle } from "./src/settle.ts";
import { type RunningServer, startServer } from "./src/startServer.ts";
import { summariseCpuProfile } from "./src/summariseCpuProfile.ts";
import type { BenchInputs, Reference } from "./src/types.ts";

const benchDir = dirname(fileURLToPath(import.meta.url));
const apiDir = join(benchDir, "../apps/api");
const seconds = Number(process.env.COLD_SECONDS ?? 5);
const profileRequests = Number(process.env.COLD_PROFILE ?? 0);
const profileQuestion = process.env.COLD_PROFILE_QUESTION === "dashboard" ? "dashboard" : "drill-down";
const withPostgraphile = process.env.COLD_POSTGRAPHILE === "1";
const answersPath = process.env.COLD_ANSWERS;
// Another copy of the API's source (e.g. an older commit's, under apps/api) to measure it the same way.
const apiMain = process.env.COLD_API_MAIN ?? "src/main.ts";

const servers: RunningServer[] = [];
let database: BenchDatabase | undefined;

async function main(): Promise<number> {
  const loadAtStart = loadavg()[0] ?? 0;
  database = await createBenchDatabase();
  const api = await startApi(database.url, []);
  const inputs = await lookUpBenchInputs(database.url, 1);
  const baseline = withPostgraphile ? await startPostgraphile(database.url) : "http://unused";
  const references = await Promise.all(
    buildTargets(
      { api: "http://unused", apiUncached: api, postgraphile: baseline, floor: "http://unused" },
      inputs,
    )
      .filter(
        (t) => t.server === "our API (cache off)" || (withPostgraphile && t.server === "PostGraphile 5"),
      )
      .map(fetchReference),
  );
  const answersDiffer = checkAnswers(references.filter((r) => r.target.server === "our API (cache off)"));
  for (const reference of references) {
    await measure(reference, 10, 2);
    await settle(reference);
  }
  for (const connections of [1, 10]) {
    for (const reference of references) {
      const pid = servers.find((s) => s.name === reference.target.server)?.pid ?? 0;
      const cpuBefore = await processCpuMs(pid, database.url);
      const m = await measure(reference, connections, seconds);
      await settle(reference);
      const cpuAfter = await processCpuMs(pid, database.url);
      const perRequest = (ms: number) => (ms / (m.requests + 1)).toFixed(1);
      console.log(
        `${m.server.padEnd(20)} ${m.question.padEnd(10)} @${String(connections).padEnd(2)} ${m.rps.toFixed(0).padStart(5)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  CPU ms per request: server ${perRequest(cpuAfter.server - cpuBefore.server)}, PostgreSQL ${perRequest(cpuAfter.postgres - cpuBefore.postgres)}`,
      );
    }
  }
  if (profileRequests > 0) await profileRequestsOneByOne(database.url, inputs);
  console.log(`load average (1 min): ${loadAtStart.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`);
  return answersDiffer ? 1 : 0;
}

function startApi(databaseUrl: string, nodeFlags: string[]): Promise<string> {
  return findFreePort().then(async (port) => {
    servers.push(
      await startServer({
        name: "our API (cache off)",
        command: process.execPath,
        args: [...nodeFlags, "--import", "tsx", apiMain],
        cwd: apiDir,
        env: { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", RESPONSE_CACHE: "off" },
        readyUrl: `http://127.0.0.1:${port}/readyz`,
        readyTimeoutMs: 120_000,
      }),
    );
    return `http://127.0.0.1:${port}`;
  });
}

async function startPostgraphile(databaseUrl: string): Promise<string> {
  const install = ensurePostgraphile(benchDir);
  const port = await findFreePort();
  servers.push(
    await startServer({
      name: "PostGraphile 5",
      command: install.node,
      args: ["server.mjs"],
      cwd: install.dir,
      env: { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" },
      readyUrl: `http://127.0.0.1:${port}/graphql`,
      readyBody: JSON.stringify({ query: "{ __typename }" }),
      readyTimeoutMs: 60_000,
    }),
  );
  return `http://127.0.0.1:${port}`;
}

/** True when saved answers exist and today's differ from them. */
function checkAnswers(references: Reference[]): boolean {
  if (!answersPath) return false;
  const answers = Object.fromEntries(references.map((r) => [r.target.question, r.body]));
  if (!existsSync(answersPath)) {
    writeFileSync(answersPath, JSON.stringify(answers));
    console.log(`saved our answers to ${answersPath}`);
    return false;
  }
  const saved = JSON.parse(readFileSync(answersPath, "utf8")) as Record<string, string>;
  const differing = Object.keys(answers).filter((question) => saved[question] !== answers[question]);
  console.log(
    differing.length === 0
      ? "answers byte-identical to the saved ones"
      : `ANSWERS DIFFER from the saved ones: ${differing.join(", ")}`,
  );
  return differing.length > 0;
}

/** A fresh API under `node --cpu-prof`, N requests one after another, then self time by place. */
async function profileRequestsOneByOne(databaseUrl: string, inputs: BenchInputs): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  const profileDir = mkdtempSync(join(tmpdir(), "pcc-cold-profile-"));
  const api = await startApi(databaseUrl, ["--cpu-prof", "--cpu-prof-dir", profileDir]);
  const [target] = buildTargets(
    { api: "http://unused", apiUncached: api, postgraphile: "http://unused", floor: "http://unused" },
    inputs,
  ).filter((t) => t.server === "our API (cache off)" && t.question === profileQuestion);
  if (!target) throw new Error(`no ${profileQuestion} target`);
  // fetch asks for gzip unless told otherwise; autocannon's requests above do not.
  const request = { ...target, headers: { ...target.headers, "accept-encoding": "identity" } };
  await fetchReference(request); // the first request fills the process's caches, as in the runs above
  const window = { from: microsNow(), to: 0 };
  for (let i = 0; i < profileRequests; i++) await fetchReference(request);
  window.to = microsNow();
  const perRequest = (window.to - window.from) / 1000 / profileRequests;
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  const profile = readdirSync(profileDir)
    .map((name) => join(profileDir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!profile) throw new Error(`no profile written in ${profileDir}`);
  console.log(
    `\n${profileRequests} ${profileQuestion}s one after another: ${perRequest.toFixed(1)} ms each; ${profile}`,
  );
  for (const by of ["place", "function"] as const) {
    console.log(`\nself time by ${by} while the requests ran:`);
    for (const row of summariseCpuProfile(profile, window, by).slice(0, 25)) {
      console.log(
        `${(row.share * 100).toFixed(1).padStart(5)} %  ${row.ms.toFixed(0).padStart(6)} ms  ${row.where}`,
      );
    }
  }
}

/** The monotonic clock in microseconds: the clock V8 stamps profile samples with. */
function microsNow(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

async function cleanUp(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  const toDrop = database;
  database = undefined;
  await toDrop
    ?.drop()
    .catch((error: Error) => console.error(`could not drop ${toDrop.name}: ${error.message}`));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    console.error(error.stack ?? error.message);
    await cleanUp();
    process.exit(1);
  });
