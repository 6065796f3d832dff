import { type ChildProcess, spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Starts `src/main.ts` as `pnpm start` does; resolves with its URL once it listens. */
function startMain(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: "memory://",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match)
        resolvePromise({ child, url: match[1]!.replace("localhost", "127.0.0.1"), output: () => output });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolvePromise) => child.once("exit", (code) => resolvePromise(code)));

describe("the process", () => {
  it("stops on SIGTERM: finishes the request in flight, closes the database, exits 0", {
    timeout: 120_000,
  }, async () => {
    const { child, url, output } = await startMain({});
    const exited = exitOf(child);
    const inFlight = fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ priorities { number } health { ok } }" }),
    });
    await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
    expect(output()).toContain('"msg":"database closed"');
    expect(output()).toContain('"msg":"stopped"');
  });

  it("refuses to start with a bad setting and names it", { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: apiDir,
      env: { ...process.env, PORT: "not-a-port", NODE_ENV: "staging" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toContain("Invalid configuration");
    expect(stderr).toContain('PORT="not-a-port"');
    expect(stderr).toContain('NODE_ENV="staging"');
  });
});
