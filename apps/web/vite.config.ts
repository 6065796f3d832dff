import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { inlineGraphqlDocuments } from "./vite/inlineGraphqlDocuments.ts";
import { startAfterFirstPaint } from "./vite/startAfterFirstPaint.ts";

// The API serves /graphql and /api on :4000; in production it serves dist/ on the same origin,
// so the dev server proxies both to keep every URL relative.
const api = process.env.PCC_API_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [
    inlineGraphqlDocuments(fileURLToPath(new URL("./src/gql", import.meta.url))),
    react(),
    tailwindcss(),
    startAfterFirstPaint(),
  ],
  server: { proxy: { "/graphql": api, "/api": api } },
  // The manifest lets scripts/checkBundleSize.mjs find the first view's JavaScript.
  build: { manifest: true, sourcemap: false },
  test: {
    name: "web",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "vite/**/*.test.ts"],
  },
});
