import { execFile, execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const BIN = "/usr/lib/postgresql/15/bin";

export interface PrivatePostgres {
  url: string;
  /** Async, so the in-process server keeps serving (and failing cleanly) meanwhile. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): void;
}

/** True when this machine can run a private PostgreSQL 15 (binaries and a `postgres` user). */
export function canRunPrivatePostgres(): boolean {
  try {
    execFileSync("id", ["postgres"], { stdio: "ignore" });
    execFileSync(`${BIN}/pg_ctl`, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// PostgreSQL refuses to run as root: run its tools as the `postgres` user when we are root.
function commandLine(command: string, args: string[]): [string, string[]] {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

function asPostgres(command: string, args: string[]): void {
  const [file, argv] = commandLine(command, args);
  execFileSync(file, argv, { stdio: "ignore", timeout: 60_000 });
}

async function asPostgresAsync(command: string, args: string[]): Promise<void> {
  const [file, argv] = commandLine(command, args);
  await promisify(execFile)(file, argv, { timeout: 60_000 });
}

/**
 * A throwaway PostgreSQL in a temp folder on its own port, which the restart test may stop and
 * start at will (the machine's shared server on 5432 is never touched).
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), "pcc-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  asPostgres(`${BIN}/initdb`, ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const startArgs = ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"];
  const stopArgs = ["-D", data, "-m", "fast", "-w", "stop"];
  asPostgres(`${BIN}/pg_ctl`, startArgs);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => asPostgresAsync(`${BIN}/pg_ctl`, startArgs),
    stop: () => asPostgresAsync(`${BIN}/pg_ctl`, stopArgs),
    destroy() {
      try {
        asPostgres(`${BIN}/pg_ctl`, stopArgs);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
