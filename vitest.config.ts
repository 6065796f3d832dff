import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql ships a CommonJS and an ES build. Node (and so Apollo, at run time and in tests) loads the
// CommonJS one; Vite would give the api's own code the ES one, and graphql's instanceof checks then
// refuse types built by the other copy ("Cannot use GraphQLObjectType from another module or realm").
const graphqlAsNodeLoadsIt = createRequire(new URL("./apps/api/package.json", import.meta.url)).resolve(
  "graphql",
);

// One runner for the whole repo: `vitest run --project <name>`. The api project boots a real
// server and database per test file, so its files run in parallel with longer timeouts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "domain",
          root: "packages/domain",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "seed",
          root: "prisma/seed",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "web",
          root: "apps/web",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          environment: "jsdom",
        },
      },
      {
        test: {
          name: "api",
          root: "apps/api",
          alias: [{ find: /^graphql$/, replacement: graphqlAsNodeLoadsIt }],
          include: ["test/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          // Each file boots PGlite (WASM, ~3 s and ~150 MB): keep the number at once modest on 2 cores.
          maxWorkers: 4,
          // Projects with their own maxWorkers must run as their own group: after the quick ones.
          sequence: { groupOrder: 1 },
          env: { NODE_ENV: "test" },
        },
      },
    ],
  },
});
