import { commitObservationImport } from "../../data/imports/commitObservationImport.ts";
import type { ObservationImportRow } from "../../data/imports/importRowTypes.ts";
import { loadStoredObservations } from "../../data/imports/loadStoredObservations.ts";
import { checkObservationRecord } from "./checkObservationRecord.ts";
import type { ImportKindSpec } from "./importKindSpec.ts";

/** Monthly data load of observations (issue 6 item 4). */
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
  loadStored: loadStoredObservations,
  commit: commitObservationImport,
};
