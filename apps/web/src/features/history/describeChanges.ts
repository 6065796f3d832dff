import { dayLabel } from "@pcc/domain";

type Snapshot = Record<string, unknown> | null | undefined;

// Fields the audit records for integrity (versions, positions, where a due date came from, who wrote the text), not
// for a reader of the feed: a reorder says so in its own words.
const QUIET_FIELDS = new Set([
  "version",
  "position",
  "dueDateSource",
  "origin",
  "updatedAt",
  "generatedText",
  "generatorVersion",
]);

/**
 * What an audited change did, in words a reader of the feed follows without the field names:
 * "Progress 40% → 60%", "note changed", "due Q4 2023 → June 23", "retired". Only fields that differ,
 * figures first; an added record gives nothing here (its title says it).
 * Example: describeChanges({ progress: 40, note: null }, { progress: 60, note: "Signed" }) → ["Progress 40% → 60%", "note added"].
 */
export function describeChanges(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return [];
  const phrases: string[] = [];
  for (const field of orderedFields(after)) {
    if (isQuiet(field, before, after) || sameValue(before[field], after[field])) continue;
    phrases.push(describeField(field, before[field], after[field]));
  }
  return phrases;
}

// The figure a reader looks for first, then dates and words; other fields in the snapshot's order.
const FIRST_FIELDS = ["progress", "value", "due", "status", "text", "note"];

function orderedFields(snapshot: Record<string, unknown>): string[] {
  const fields = Object.keys(snapshot);
  return [
    ...FIRST_FIELDS.filter((f) => fields.includes(f)),
    ...fields.filter((f) => !FIRST_FIELDS.includes(f)),
  ];
}

function isQuiet(field: string, before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  // A due date read from new due text follows the text, whose change is already said; one an editor
  // set while the text stayed is the change itself.
  if (field === "dueDate") return !sameValue(before.due, after.due);
  return QUIET_FIELDS.has(field);
}

function describeField(field: string, was: unknown, now: unknown): string {
  switch (field) {
    case "progress":
      return `Progress ${was ?? "—"}% → ${now ?? "—"}%`;
    case "retired":
      return now === true ? "retired" : "restored";
    case "due":
      return `due ${text(was)} → ${text(now)}`;
    case "dueDate":
      return `due date ${day(was)} → ${day(now)}`;
    case "value":
      return `value ${text(was)} → ${text(now)}`;
    case "status":
      return `status ${String(was ?? "—").toLowerCase()} → ${String(now ?? "—").toLowerCase()}`;
    default:
      return `${wordsFor(field)} ${isBlank(was) ? "added" : isBlank(now) ? "removed" : "changed"}`;
  }
}

// A confidence interval's bounds, which the field names alone do not say.
const FIELD_WORDS: Record<string, string> = { lower: "lower bound", upper: "upper bound" };

function wordsFor(field: string): string {
  // camelCase → words: "generatedText" → "generated text".
  return FIELD_WORDS[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function day(value: unknown): string {
  return typeof value === "string" ? dayLabel(value) : "—";
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function text(value: unknown): string {
  return isBlank(value) ? "—" : String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return (isBlank(a) && isBlank(b)) || JSON.stringify(a) === JSON.stringify(b);
}
