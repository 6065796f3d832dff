import { readFileSync } from "node:fs";
import pg from "pg";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (user + system) used so far by a server's process and by every PostgreSQL backend connected
 * to the database, in ms, from /proc. Under a load generator on a shared machine, wall-clock figures
 * move with everyone else's work; the CPU a request costs does not, so before/after comparisons of
 * one change stay readable. Backends that exit between two readings take their time with them.
 */
export async function processCpuMs(
  serverPid: number,
  databaseUrl: string,
): Promise<{ server: number; postgres: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return { server: cpuMsOf(serverPid), postgres: rows.reduce((sum, r) => sum + cpuMsOf(r.pid), 0) };
  } finally {
    await client.end();
  }
}

function cpuMsOf(pid: number): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0; // the process has gone
  }
}
