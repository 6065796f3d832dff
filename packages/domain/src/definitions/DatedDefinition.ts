/** One saved version of a definition and when it was saved (an ISO-8601 timestamp). */
export interface DatedDefinition {
  version: number;
  createdAt: string;
}
