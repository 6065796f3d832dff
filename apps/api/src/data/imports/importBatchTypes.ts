/** What a committed file was, for its ImportBatch row and its audit event. */
export interface ImportBatchInput {
  fileName: string;
  sha256: string;
  rowCount: number;
  added: number;
  changed: number;
  unchanged: number;
  rejected: number;
  actor: { id: number; email: string };
  requestId: string | null;
}
