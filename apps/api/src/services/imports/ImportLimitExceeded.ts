import { AppError } from "../../errors.ts";
import type { ImportLimitName } from "./importLimits.ts";

/** A file refused because it holds more than one of IMPORT_LIMITS: nothing was stored. */
export class ImportLimitExceeded extends AppError {
  constructor(
    readonly limit: ImportLimitName,
    message: string,
  ) {
    super(
      "BAD_USER_INPUT",
      `${message} Nothing was loaded; split the file or remove what it does not need.`,
      {
        limit,
      },
    );
    this.name = "ImportLimitExceeded";
  }
}
