import type { GraphQLContext } from "../../context.ts";
import type { BenchmarkRecord } from "../../data/records.ts";
import { conflict } from "../../errors.ts";
import { checkPeriods } from "../metrics/checkObservationInput.ts";
import { valueFitsUnit } from "../metrics/valueFitsUnit.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { failOnStaleVersion } from "../shared/failOnStaleVersion.ts";
import { requireEditor } from "../shared/requireEditor.ts";
import { listComparators } from "./benchmarkQueries.ts";

export interface BenchmarkInput {
  metricId: string;
  comparator: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower?: number | null;
  upper?: number | null;
  note?: string | null;
}

const snapshot = ({ value, lower, upper, note, version }: BenchmarkRecord) => ({
  value,
  lower,
  upper,
  note,
  version,
});
const present = (b: BenchmarkRecord) => ({ __typename: "Benchmark", ...b, id: String(b.id) });

async function checkBenchmark(ctx: GraphQLContext, input: BenchmarkInput) {
  const checks = new FieldChecks();
  const [metric, comparators] = await Promise.all([
    ctx.loaders.metricById.load(input.metricId),
    listComparators(ctx),
  ]);
  const comparator = comparators.find((c) => c.code === input.comparator);
  checks.check(metric !== null, "input.metricId", `metric ${input.metricId} does not exist`);
  checks.check(comparator !== undefined, "input.comparator", `comparator ${input.comparator} does not exist`);
  checkPeriods(checks, input, new Date().toISOString().slice(0, 7));
  const problem = metric ? valueFitsUnit(metric.unit, input.value) : null;
  if (problem) checks.fail("input.value", problem);
  if (input.lower != null)
    checks.check(input.lower <= input.value, "input.lower", "must not be above the value");
  if (input.upper != null)
    checks.check(input.upper >= input.value, "input.upper", "must not be below the value");
  if (input.note != null) checks.text(input.note, "input.note", 2000, false);
  checks.throwIfAny();
  return comparator!;
}

/**
 * Records a benchmark, or corrects the one already held for that metric, comparator and period
 * (then expectedVersion must be the version the editor saw).
 */
export async function recordBenchmark(
  ctx: GraphQLContext,
  input: BenchmarkInput,
  expectedVersion?: number | null,
): Promise<BenchmarkRecord> {
  const viewer = requireEditor(ctx);
  const comparator = await checkBenchmark(ctx, input);
  const key = {
    metricId: input.metricId,
    comparatorId: comparator.id,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
  };
  const values = {
    value: input.value,
    lower: input.lower ?? null,
    upper: input.upper ?? null,
    note: input.note?.trim() || null,
  };
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.benchmarks.findByKey(key);
    let id: number;
    if (!before) id = (await tx.benchmarks.create(key, values, `Entered by ${viewer.email}`)).id;
    else {
      // Correcting without saying which version you saw could overwrite someone's figure unseen.
      if (expectedVersion == null) throw conflict("Benchmark", present(before));
      id = before.id;
      if ((await tx.benchmarks.updateIfVersion(id, expectedVersion, values)) === 0) {
        return failOnStaleVersion("Benchmark", id, () => tx.benchmarks.findById(id), present);
      }
    }
    const after = (await tx.benchmarks.findById(id))!;
    await tx.audit.record({
      actor: viewer,
      action: before ? "benchmark.correct" : "benchmark.record",
      entityType: "Benchmark",
      entityId: id,
      before: before ? snapshot(before) : null,
      after: snapshot(after),
      requestId: ctx.requestId,
    });
    return after;
  });
}
