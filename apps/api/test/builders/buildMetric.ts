import type { TestServer } from "../harness/index.ts";
import { uploadFile } from "../imports/uploadFile.ts";
import { buildArea } from "./buildArea.ts";
import { builderSql } from "./builderSql.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export type MetricUnit = "PERCENT" | "SECONDS" | "COUNT" | "DAYS" | "RATE_PER_1000";

export interface MetricOverrides {
  /** A slug the test names its cases by; default: a fresh one. */
  id?: string;
  name?: string;
  unit?: MetricUnit;
  polarity?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NEUTRAL";
  basis?: "DISCRETE_MONTH" | "ROLLING_12_MONTHS" | "TWELVE_MONTHS_TO" | "QUARTER";
  /** A scorecard section to show the metric in, after the metrics it already shows. */
  sectionId?: number;
  /** Force-wide monthly values by month (YYYY-MM), loaded through the observation import. */
  observations?: Record<string, number>;
}

export interface BuiltMetric {
  id: string;
  name: string;
  unit: MetricUnit;
}

/**
 * A metric of its own (the API has no write for metrics, so SQL), optionally in a section, with its
 * history loaded as the monthly import loads it, so every value passes the same checks as an editor's.
 */
export async function buildMetric(server: TestServer, overrides: MetricOverrides = {}): Promise<BuiltMetric> {
  const name = overrides.name ?? uniqueLabel("Test metric");
  const id = overrides.id ?? uniqueLabel("test-metric", "-");
  const unit = overrides.unit ?? "COUNT";
  await builderSql(
    server,
    `INSERT INTO "Metric" (id, name, unit, polarity, basis, "dataSource")
     VALUES ($1, $2, $3::"MetricUnit", $4::"Polarity", $5::"MetricBasis", 'Test data')`,
    [id, name, unit, overrides.polarity ?? "NEUTRAL", overrides.basis ?? "DISCRETE_MONTH"],
  );
  if (overrides.sectionId !== undefined) {
    await builderSql(
      server,
      `INSERT INTO "SectionMetric" ("sectionId", "metricId", position)
       SELECT $1, $2, COALESCE(max(position), 0) + 1 FROM "SectionMetric" WHERE "sectionId" = $1`,
      [overrides.sectionId, id],
    );
  }
  if (overrides.observations) await importObservations(server, id, overrides.observations);
  return { id, name, unit };
}

async function importObservations(server: TestServer, metricId: string, byMonth: Record<string, number>) {
  await buildArea(server, "force", "Force-wide");
  const rows = Object.entries(byMonth).map(([month, value]) => `${metricId},force,${month},${value}`);
  const csv = ["metric,area,period_end,value", ...rows].join("\n");
  const cookie = await server.signInAs("EDITOR");
  const { status, body } = await uploadFile(server.url, "observations", csv, { cookie, dryRun: false });
  if (status !== 201 || body.added !== rows.length) {
    throw new Error(
      `Loading ${metricId}'s observations failed: ${status} ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}
