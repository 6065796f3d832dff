// pnpm bench: our GraphQL API against the floor (plain pg + JSON.stringify) and PostGraphile 5, in one run,
// on a fresh database on the machine's PostgreSQL. Prints the table and rewrites bench/RESULTS.md.
// Not a test: figures depend on the machine. Environment: BENCH_SECONDS (default 5) per run.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildShapeTargets } from "./src/buildShapeTargets.ts";
import { buildTargets } from "./src/buildTargets.ts";
import { type BenchDatabase, createBenchDatabase } from "./src/createBenchDatabase.ts";
import { describeMachine } from "./src/describeMachine.ts";
import { ensurePostgraphile } from "./src/ensurePostgraphile.ts";
import { evaluateColdPathTargets } from "./src/evaluateColdPathTargets.ts";
import { evaluateTargets } from "./src/evaluateTargets.ts";
import { fetchReference } from "./src/fetchReference.ts";
import { findFreePort } from "./src/findFreePort.ts";
import { formatTable } from "./src/formatTable.ts";
import { lookUpBenchInputs } from "./src/lookUpBenchInputs.ts";
import { measure } from "./src/measure.ts";
import { analysisHeading, renderResults } from "./src/renderResults.ts";
import { renderTable } from "./src/renderTable.ts";
import { settle } from "./src/settle.ts";
import { type RunningServer, startServer } from "./src/startServer.ts";
import type { Measurement, Reference } from "./src/types.ts";

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoDir = join(benchDir, "..");
const resultsPath = join(benchDir, "RESULTS.md");
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connectionCounts = [1, 10, 50];
const stressConnections = 200;
const priorityNumber = 1;

const servers: RunningServer[] = [];
let database: BenchDatabase | undefined;

async function main(): Promise<number> {
  const loadAtStart = os.loadavg()[0] ?? 0;
  const postgraphile = ensurePostgraphile(benchDir);
  database = await createBenchDatabase();
  console.log(`database ${database.name}`);
  // One after the other: the first migrates and seeds the fresh database, the second finds it ready.
  const api = await startApi(database.url, "on");
  const apiUncached = await startApi(database.url, "off");
  const inputs = await lookUpBenchInputs(database.url, priorityNumber);
  const [floor, baseline] = await Promise.all([
    startFloor(database.url, inputs.areaCode),
    startPostgraphile(postgraphile, database.url),
  ]);
  const targets = buildTargets({ api, apiUncached, floor, postgraphile: baseline }, inputs);
  const references = await Promise.all(targets.map(fetchReference));
  printReferences(references);

  const measurements = await measureQuestions(references);
  const shapes = await measureShapes(apiUncached, inputs.shapeMetricIds);
  // Last, so a server struggling with 200 connections cannot spoil the other figures.
  const dashboard = references.find(
    (r) => r.target.server === "our API" && r.target.question === "dashboard",
  );
  if (!dashboard) throw new Error("no dashboard reference for our API");
  const stress = await measure(dashboard, stressConnections, Math.max(seconds, 10));
  console.log(
    `  our API dashboard @${stressConnections}: ${stress.rps.toFixed(0)} req/s, ${stress.errors} errors (${stress.errorKinds}), ${stress.unfinished} unfinished`,
  );
  const afterStress = await checkRecovery(dashboard);

  console.log(`\n${renderTable(formatTable(measurements), "text")}\n`);
  console.log(
    `${renderTable(
      formatTable(shapes).map((row) => row.slice(0, 8)),
      "text",
    )}\n`,
  );
  const verdicts = evaluateTargets(measurements, stress);
  const uncachedVerdicts = evaluateTargets(measurements, stress, "our API (cache off)").slice(0, 3);
  const coldPathVerdicts = evaluateColdPathTargets(measurements);
  for (const verdict of verdicts)
    console.log(`${verdict.met ? "met    " : "NOT MET"}  ${verdict.target}: ${verdict.detail}`);
  console.log("with the response cache off (for comparison; the targets are judged on the default):");
  for (const verdict of uncachedVerdicts)
    console.log(`${verdict.met ? "met    " : "NOT MET"}  ${verdict.target}: ${verdict.detail}`);
  console.log("the cold path's own targets (response cache off):");
  for (const verdict of coldPathVerdicts)
    console.log(`${verdict.met ? "met    " : "NOT MET"}  ${verdict.target}: ${verdict.detail}`);
  const machine = await describeMachine(postgraphile.node, database.url, [loadAtStart, os.loadavg()[0] ?? 0]);
  writeFileSync(
    resultsPath,
    renderResults({
      date: new Date().toISOString(),
      seconds,
      machine,
      references,
      measurements,
      stress,
      afterStress,
      shapes,
      verdicts,
      uncachedVerdicts,
      coldPathVerdicts,
      metricId: inputs.metricId,
      priorityNumber,
      shapeMetricCount: inputs.shapeMetricIds.length,
      analysis: readPreviousAnalysis(),
    }),
  );
  console.log(`\nwrote ${resultsPath}`);
  const errors = [...measurements, stress, ...shapes].reduce((sum, m) => sum + m.errors, 0);
  if (errors > 0) {
    console.error(`FLAGGED: ${errors} responses were errors or bodies that did not match the reference`);
    for (const m of [...measurements, stress, ...shapes].filter((m) => m.sampleError)) {
      console.error(`  ${m.server} ${m.question} @${m.connections}: ${m.sampleError}`);
    }
  }
  return errors > 0 ? 1 : 0;
}

async function startApi(databaseUrl: string, responseCache: "on" | "off"): Promise<string> {
  const port = await findFreePort();
  const server = await startServer({
    name: responseCache === "on" ? "our API" : "our API (cache off)",
    command: join(repoDir, "node_modules/.bin/tsx"),
    args: ["src/main.ts"],
    cwd: join(repoDir, "apps/api"),
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: "production",
      RESPONSE_CACHE: responseCache,
    },
    readyUrl: `http://127.0.0.1:${port}/readyz`,
    readyTimeoutMs: 120_000, // it migrates and seeds the fresh database first
  });
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

async function startFloor(databaseUrl: string, areaCode: string): Promise<string> {
  const port = await findFreePort();
  const server = await startServer({
    name: "floor",
    command: join(benchDir, "node_modules/.bin/tsx"),
    args: ["floor/server.ts"],
    cwd: benchDir,
    env: { DATABASE_URL: databaseUrl, PORT: String(port), HEADLINE_AREA: areaCode, NODE_ENV: "production" },
    readyUrl: `http://127.0.0.1:${port}/readyz`,
    readyTimeoutMs: 30_000,
  });
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

async function startPostgraphile(
  install: { node: string; dir: string },
  databaseUrl: string,
): Promise<string> {
  const port = await findFreePort();
  const server = await startServer({
    name: "PostGraphile 5",
    command: install.node,
    args: ["server.mjs"],
    cwd: install.dir,
    env: { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" },
    readyUrl: `http://127.0.0.1:${port}/graphql`,
    readyBody: JSON.stringify({ query: "{ __typename }" }),
    readyTimeoutMs: 60_000,
  });
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

async function measureQuestions(references: Reference[]): Promise<Measurement[]> {
  console.log(`warming up (${references.length} × 2 s)`);
  for (const reference of references) {
    await measure(reference, 10, 2);
    await settle(reference);
  }
  const measurements: Measurement[] = [];
  for (const question of ["dashboard", "drill-down"]) {
    for (const connections of connectionCounts) {
      // Servers take turns at each step so drift on the machine touches all three alike.
      for (const reference of references.filter((r) => r.target.question === question)) {
        const result = await measure(reference, connections, seconds);
        await settle(reference);
        console.log(
          `  ${result.server} ${result.question} @${connections}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.errors} errors`,
        );
        measurements.push(result);
      }
    }
  }
  return measurements;
}

async function measureShapes(api: string, metricIds: readonly string[]): Promise<Measurement[]> {
  const references = await Promise.all(buildShapeTargets(api, metricIds).map(fetchReference));
  printReferences(references);
  const shapes: Measurement[] = [];
  for (const reference of references) {
    await measure(reference, 10, 2);
    await settle(reference);
  }
  // At 1 connection the latency shows the cost of one answer; at 10, the throughput. Shapes take turns.
  for (const connections of [1, 10]) {
    for (const reference of references) {
      shapes.push(await measure(reference, connections, seconds));
      await settle(reference);
    }
  }
  return shapes;
}

/** After the burst: once the backlog is worked off, does the same question get a correct answer again? */
async function checkRecovery(reference: Reference): Promise<string> {
  await settle(reference);
  try {
    await fetchReference(reference.target);
    return "afterwards the next request was answered correctly";
  } catch (error) {
    return `afterwards the next request still failed: ${(error as Error).message.slice(0, 300)}`;
  }
}

function printReferences(references: Reference[]): void {
  for (const { target, count, bytes } of references) {
    console.log(
      `  ${target.server} / ${target.question}: ${count.items} items, ${count.values} values, ${bytes} bytes`,
    );
  }
}

function readPreviousAnalysis(): string {
  if (!existsSync(resultsPath)) return "";
  const previous = readFileSync(resultsPath, "utf8");
  const at = previous.indexOf(analysisHeading);
  return at < 0 ? "" : previous.slice(at + analysisHeading.length);
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
    console.error(`\n${signal}: stopping servers and dropping the bench database`);
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
