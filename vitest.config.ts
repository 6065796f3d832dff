import { defineConfig } from "vitest/config";

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
