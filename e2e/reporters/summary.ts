import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Ends the run with a plain "N passed, N failed" line: CI's runner reads closing lines like vitest's,
 * and Playwright's own "N passed (9.8s)" is not one (PLATFORM.md, Playwright and Chromium).
 * A test counts once, by its final outcome, so a retried flaky test is not counted twice.
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase["outcome"]>>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test.id, test.outcome());
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const outcome of this.outcomes.values()) {
      if (outcome === "expected" || outcome === "flaky") passed += 1;
      else if (outcome === "skipped") skipped += 1;
      else failed += 1;
    }
    // A run that failed outside any test (the web server did not start, a global timeout) must not
    // end with "0 failed": CI reads that line.
    if (result.status !== "passed" && failed === 0) {
      failed = 1;
      process.stdout.write(`\nThe run ended as "${result.status}" outside any test; see the output above.`);
    }
    if (skipped > 0) process.stdout.write(`\n${skipped} skipped (test.fixme or not for this viewport)`);
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
