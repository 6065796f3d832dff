type FieldErrors = readonly { field: string; message: string }[];

/** One ordered text item: a statement (outcome, focus, risk) or a line of section commentary. */
export type TextItem = { id: string; text: string; version: number; retired: boolean; position: number };

/** The writes an ordered text list needs; each resolves with field errors and throws on CONFLICT. */
export type TextListOps = {
  add: (text: string) => Promise<FieldErrors>;
  edit: (id: string, text: string, expectedVersion: number) => Promise<FieldErrors>;
  retire: (id: string, expectedVersion: number) => Promise<FieldErrors>;
  restore?: (id: string, expectedVersion: number) => Promise<FieldErrors>;
  reorder: (ids: string[]) => Promise<FieldErrors>;
};
