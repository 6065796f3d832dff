// The domain package compiles without Node's types (src must stay free of I/O); the benchmark script
// only needs these three globals of its runtime.
declare const performance: { now(): number };
declare const console: {
  log(...args: unknown[]): void;
  table(rows: unknown): void;
  error(...args: unknown[]): void;
};
declare const process: { exitCode?: number };
