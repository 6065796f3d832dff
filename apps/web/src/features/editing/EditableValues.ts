/** A record's editable fields as the editor sees them: plain values only. */
export type EditableValues = Record<string, string | number | null>;
