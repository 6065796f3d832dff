import type { ObservationImportRow } from "../../data/imports/importRowTypes.ts";
import { checkObservationRecord } from "./checkObservationRecord.ts";
import type { ImportKindSpec } from "./importKindSpec.ts";

/** The monthly data load of observations. */
export const observationImport: ImportKindSpec<ObservationImportRow> = {
  kind: "OBSERVATIONS",
  sheetName: "Observations",
  columns: [
    "metric",
    "area",
    "breakdown",
    "period_start",
    "period_end",
    "value",
    "lower",
    "upper",
    "numerator",
    "denominator",
    "note",
  ],
  requiredColumns: ["metric", "period_end", "value"],
  check: checkObservationRecord,
  loadStored: (imports, metricIds) => imports.loadStoredObservations(metricIds),
  commit: (imports, rows, batch) => imports.commitObservations(rows, batch),
};
