import { defineConfig } from "vitest/config";

export default defineConfig({ test: { name: "seed", include: ["test/**/*.test.ts"] } });
