import { defineConfig, devices } from "@playwright/test";

// A fixed port away from the API's default 4000, so a developer's running server is not reused by accident.
const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;
const isCI = Boolean(process.env.CI);

// Debian's Chromium: Playwright's own browsers cannot be downloaded here (docs: /work/shared/PLATFORM.md).
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  retries: isCI ? 1 : 0,
  // Generous: the suite shares two cores with the server it drives (and, on a dev machine, with others).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The list reporter for people; the summary reporter ends the output with the plain line CI reads.
  reporter: [["list"], ["./reporters/summary.ts"]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      // Publishing a quarter changes the current quarter for every page: this journey runs alone, after
      // every other spec has read the report's own quarter.
      name: "quarterly cycle",
      testMatch: /quarterlyCycle\.spec\.ts/,
      dependencies: ["tablet", "desktop"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, channel: undefined },
    },
    {
      name: "tablet",
      testIgnore: /quarterlyCycle\.spec\.ts/,
      // A 10-inch tablet in portrait, the board member's device.
      use: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: false, deviceScaleFactor: 1 },
    },
    {
      name: "desktop",
      testIgnore: /quarterlyCycle\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1920, height: 1080 }, channel: undefined },
    },
  ],
  // The real app on a throwaway PGlite database, seeded with the report's data on start. When DATABASE_URL
  // is set (PostgreSQL), it passes through from the environment and the API uses it instead.
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: "pnpm start",
        cwd: "..",
        url: `${baseURL}/`,
        env: {
          PORT: String(port),
          HOST: "127.0.0.1",
          PGLITE_DATA_DIR: "memory://",
          LOG_LEVEL: "warn",
        },
        reuseExistingServer: !isCI,
        timeout: 180_000,
        stdout: "ignore",
        stderr: "pipe",
      },
});
