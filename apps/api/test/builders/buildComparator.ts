import type { TestServer } from "../harness/index.ts";
import { builderSql } from "./builderSql.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export interface ComparatorOverrides {
  /** What the API names it by, e.g. in `recordBenchmark(input: { comparator })`. */
  code?: string;
  name?: string;
  kind?: "FORCE" | "MSG_AVERAGE" | "NATIONAL";
  /** The force whose scorecard it is; default false. */
  isHomeForce?: boolean;
}

export interface BuiltComparator {
  id: number;
  code: string;
  name: string;
}

/** A force or average to benchmark against (the API has no write for comparators, so SQL). */
export async function buildComparator(
  server: TestServer,
  overrides: ComparatorOverrides = {},
): Promise<BuiltComparator> {
  const code = overrides.code ?? uniqueLabel("test-force", "-");
  const [row] = await builderSql<BuiltComparator>(
    server,
    `INSERT INTO "Comparator" (code, name, kind, "isHomeForce") VALUES ($1, $2, $3::"ComparatorKind", $4)
     RETURNING id, code, name`,
    [code, overrides.name ?? `Force ${code}`, overrides.kind ?? "FORCE", overrides.isHomeForce ?? false],
  );
  return row!;
}
