/** The deliverable fields an editor loads: what it shows and the version it saves against. */
export type DeliverableFields = {
  id: string;
  action: string;
  progress: number;
  due: string;
  note?: string | null;
  version: number;
};
