import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers 200. */
  readyUrl: string;
  readyTimeoutMs: number;
  /** Sent as the body of a POST to readyUrl when set (PostGraphile has no health route). */
  readyBody?: string;
}

export interface RunningServer {
  name: string;
  pid: number;
  logPath: string;
  stop: () => Promise<void>;
}

/**
 * Spawns a server in its own process group (so pnpm/tsx wrappers and their children all stop together)
 * and waits until it is ready. Output is kept in a temporary file so a failed start can say why.
 */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  // Output goes straight to a file: piping it through this process would tax the load generator.
  const logPath = join(mkdtempSync(join(tmpdir(), "pcc-bench-")), "server.log");
  const log = openSync(logPath, "w");
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const server: RunningServer = {
    name: spec.name,
    pid: child.pid ?? 0,
    logPath,
    stop: () => stopGroup(child),
  };
  try {
    await waitUntilReady(spec, child);
  } catch (error) {
    await server.stop();
    const tail = readFileSync(logPath, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(
      `${spec.name} did not become ready: ${(error as Error).message}\n--- its output ---\n${tail}`,
    );
  }
  return server;
}

async function waitUntilReady(spec: ServerSpec, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + spec.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited with ${child.exitCode ?? child.signalCode}`);
    }
    if (await isReady(spec)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready after ${spec.readyTimeoutMs} ms`);
}

async function isReady(spec: ServerSpec): Promise<boolean> {
  try {
    const response = await fetch(spec.readyUrl, {
      method: spec.readyBody ? "POST" : "GET",
      headers: { "content-type": "application/json" },
      body: spec.readyBody,
      signal: AbortSignal.timeout(2000),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

// SIGTERM to the whole group for a graceful stop, SIGKILL if it has not gone within five seconds.
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(pid, "SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(force);
      signalGroup(pid, "SIGKILL"); // any grandchild that outlived its parent
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has already gone
  }
}
