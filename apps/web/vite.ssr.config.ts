import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { inlineGraphqlDocuments } from "./vite/inlineGraphqlDocuments.ts";

// The server renderer (src/entry-server.tsx) as one self-contained ES module in dist/server/, which the
// API loads at run time. Dependencies are bundled in (noExternal), so the artifact needs nothing from
// apps/web/node_modules where it runs; styles come from the browser build.
export default defineConfig({
  plugins: [inlineGraphqlDocuments(fileURLToPath(new URL("./src/gql", import.meta.url))), react()],
  ssr: { noExternal: true, target: "node" },
  // React's production build on the server whatever NODE_ENV the API runs with: it renders several times faster.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    ssr: "src/entry-server.tsx",
    outDir: "dist/server",
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: "entry-server.js", codeSplitting: false } },
  },
});
