// Shared shapes of the benchmark run.

export type ServerName = "our API" | "our API (cache off)" | "PostGraphile 5" | "floor";
export type QuestionName = "dashboard" | "drill-down";

/** What an answer contains, to show the three servers answered the same question. */
export interface AnswerCount {
  /** dashboard: metrics; drill-down: observations */
  items: number;
  /** dashboard: monthly values across all metrics; drill-down: benchmarks */
  values: number;
}

export interface Target {
  server: ServerName;
  question: QuestionName;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  count: (data: unknown) => AnswerCount;
}

export interface Reference {
  target: Target;
  body: string;
  bytes: number;
  count: AnswerCount;
}

export interface Measurement {
  server: ServerName | string;
  question: QuestionName | string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
  /** Requests still in flight when the run ended (neither answered nor failed). */
  unfinished: number;
  /** Answers that matched the reference. */
  correct: number;
  /** The failed requests by kind. */
  errorKinds: string;
  /** The start of the first body that failed the check, to say what went wrong. */
  sampleError?: string;
}

export interface BenchInputs {
  priorityNumber: number;
  metricId: string;
  areaId: number;
  areaCode: string;
  /** Priority 1's metrics with the most observations, for the shape comparison (as many as its query may ask). */
  shapeMetricIds: string[];
}
