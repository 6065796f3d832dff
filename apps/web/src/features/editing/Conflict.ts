import type { EditableValues } from "./EditableValues";

/** Both sides of a stale save: what this editor loaded and typed, and the record saved meanwhile. */
export type Conflict = {
  base: EditableValues;
  mine: EditableValues;
  theirs: EditableValues;
  theirVersion: number;
};
