import { dayLabel } from "@pcc/domain";
import type { DueDateSource } from "../../gql/graphql";

/**
 * How the date due as written was read, for beneath it: "read as 31 Dec 2023", or "31 Mar 2024, set
 * by an editor" once an editor has corrected the reading; null when no date could be read.
 * @example dueDateReading({ dueDate: "2023-12-31", dueDateSource: "PARSED" }) // "read as 31 Dec 2023"
 */
export function dueDateReading(deliverable: {
  dueDate?: string | null;
  dueDateSource: DueDateSource;
}): string | null {
  const { dueDate, dueDateSource } = deliverable;
  if (!dueDate) return null;
  return dueDateSource === "EDITOR"
    ? `${dayLabel(dueDate)}, set by an editor`
    : `read as ${dayLabel(dueDate)}`;
}
