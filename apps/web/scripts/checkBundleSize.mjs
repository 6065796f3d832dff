// Fails the build when the first view's JavaScript exceeds its budget (≤ 170 KB gzipped: a tablet on poor Wi-Fi reads before it has all arrived).
// The first view is the manifest's entry chunk plus every chunk it imports statically; lazy chunks
// (the Recharts charts, the later routes) are loaded on demand and so are not counted.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 170 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

function readManifest() {
  try {
    return JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  } catch {
    console.error("No dist/.vite/manifest.json: run `pnpm --filter @pcc/web build` first.");
    process.exit(2);
  }
}

function collectStaticChunks(manifest, key, seen) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) collectStaticChunks(manifest, imported, seen);
}

const manifest = readManifest();
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
const chunks = new Set();
for (const entry of entries) collectStaticChunks(manifest, entry, chunks);

let total = 0;
for (const key of chunks) {
  const file = manifest[key].file;
  const gzipped = gzipSync(readFileSync(join(dist, file))).length;
  total += gzipped;
  console.log(`  ${file}  ${(gzipped / 1024).toFixed(1)} KB gzipped`);
}
const kb = (total / 1024).toFixed(1);
if (total > BUDGET_BYTES) {
  console.error(`First view JavaScript: ${kb} KB gzipped, over the 170 KB budget.`);
  process.exit(1);
}
console.log(`First view JavaScript: ${kb} KB gzipped (budget 170 KB).`);
