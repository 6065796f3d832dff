import { describe, expect, it } from "vitest";
import { describeImportFailure } from "./describeImportFailure";

describe("describeImportFailure", () => {
  it.each([
    [401, null, "Your session has ended. Sign in again, then load the file."],
    [
      403,
      "This needs the editor role or above",
      "Only editors can load data. Ask an admin for the editor role.",
    ],
    [400, "The file's header lacks the column value", "The file's header lacks the column value"],
    [413, null, "The file is too large. Split it into smaller files."],
    [415, null, "Choose a .csv or .xlsx file."],
    [502, null, "The file could not be loaded (the server answered 502). Try again in a moment."],
  ])("status %i with message %j → %s", (status, message, expected) => {
    expect(describeImportFailure(status, message)).toBe(expected);
  });
});
