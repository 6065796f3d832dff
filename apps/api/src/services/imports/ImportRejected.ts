import { AppError } from "../../errors.ts";
import type { ImportReport } from "./importTypes.ts";

/** A commit refused because some rows were rejected: nothing was written; the report says why. */
export class ImportRejected extends AppError {
  constructor(readonly report: ImportReport) {
    super(
      "BAD_USER_INPUT",
      `Nothing was loaded: ${report.rejected} of ${report.rowCount} rows were rejected. Correct them and load the file again.`,
    );
    this.name = "ImportRejected";
  }
}
