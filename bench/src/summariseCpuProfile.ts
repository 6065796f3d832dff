import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A span of the monotonic clock in microseconds (`process.hrtime` / 1000, V8's profile clock). */
export interface ClockWindow {
  from: number;
  to: number;
}

export interface SelfTimeRow {
  where: string;
  ms: number;
  share: number;
}

/**
 * Self time of a `node --cpu-prof` profile, grouped by where the code lives: an npm package, a
 * workspace file (apps/api/src/…, packages/domain/…), Node's internals, or V8's own entries
 * ((garbage collector), (idle), (program)), or by function within those. Only samples inside `window`
 * count, so the server's start-up (module loading, migrations, seeding) stays out. Largest first.
 */
export function summariseCpuProfile(
  path: string,
  window: ClockWindow,
  by: "place" | "function",
): SelfTimeRow[] {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const nameOf = new Map(
    profile.nodes.map((node) => {
      const place = placeOfFrame(node.callFrame);
      return [node.id, by === "place" ? place : `${node.callFrame.functionName || "(anonymous)"}  ${place}`];
    }),
  );
  const totals = new Map<string, number>();
  let total = 0;
  let clock = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    clock += micros;
    if (clock < window.from || clock > window.to) return;
    const name = nameOf.get(nodeId) ?? "(unknown)";
    totals.set(name, (totals.get(name) ?? 0) + micros);
    total += micros;
  });
  return [...totals]
    .map(([where, micros]) => ({ where, ms: micros / 1000, share: micros / total }))
    .sort((a, b) => b.ms - a.ms);
}

function placeOfFrame(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : `(native) ${functionName}`;
  if (url.startsWith("node:")) return url;
  const pnpmPackage = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpmPackage) return pnpmPackage[1] ?? url;
  const plainPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plainPackage) return plainPackage[1] ?? url;
  const workspace = /\/(apps|packages)\/(.+)$/.exec(url);
  return workspace ? `${workspace[1]}/${workspace[2]}` : url;
}
