import type { Plugin } from "vite";

// A server-rendered page (apps/web/src/entry-server.tsx) reads before any JavaScript runs; the JavaScript
// only makes it interactive. Fetched at once, the first view's ~160 KB shares a slow link with the page's
// stylesheet and delays its first paint, so the built index.html starts the app from a tiny script that
// fetches the entry chunk and its imports after the first contentful paint. A page without server HTML
// (browser-only views, or a failed render) starts the app at once: it has nothing to paint without it.
// Plain JavaScript; "ssr-state" is SERVER_STATE_ID in src/app/ServerState.ts.
export const START_SCRIPT = `const tag = document.querySelector("script[data-app]");
function start() {
  for (const href of (tag.dataset.preload || "").split(" ").filter(Boolean)) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = href;
    document.head.append(link);
  }
  import(tag.dataset.app);
}
if (!document.getElementById("ssr-state") || document.visibilityState !== "visible" || !("PerformanceObserver" in window)) {
  start();
} else {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    setTimeout(start, 0);
  };
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    startOnce();
  }).observe({ type: "paint", buffered: true });
  setTimeout(startOnce, 1500);
}
`;

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** Replaces Vite's entry script and modulepreload links with the start script, which loads them itself. */
export function deferAppStart(html: string, startSrc: string): string {
  const entry = ENTRY.exec(html);
  if (!entry) throw new Error("index.html: no entry <script type=module> to defer");
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  const start = `\n    <script type="module" src="${startSrc}" data-app="${entry[1]}" data-preload="${preloads.join(" ")}"></script>`;
  return html.replace(PRELOAD, "").replace(ENTRY, start);
}

export function startAfterFirstPaint(): Plugin {
  return {
    name: "pcc:start-after-first-paint",
    apply: "build",
    buildStart() {
      this.emitFile({ type: "asset", name: "start.js", source: START_SCRIPT });
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (output) => output.type === "asset" && output.names.includes("start.js"),
        );
        if (!asset) throw new Error("start.js was not emitted");
        return deferAppStart(html, `/${asset.fileName}`);
      },
    },
  };
}
