import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: string;
  os: string;
  node: string;
  node22: string;
  postgres: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews the figures. */
  load: string;
}

/** The machine the figures come from: they mean little without it. */
export async function describeMachine(node22: string, databaseUrl: string, load: number[]): Promise<Machine> {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const postgres = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]
    ?.server_version;
  await client.end();
  return {
    cpus: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    node22: execFileSync(node22, ["--version"], { encoding: "utf8" }).trim(),
    postgres: `PostgreSQL ${postgres ?? "unknown"}`,
    load: load.map((value) => value.toFixed(1)).join(" → "),
  };
}
