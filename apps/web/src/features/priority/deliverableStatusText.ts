import type { DeliverableStatus } from "../../gql/graphql";

const TEXT: Record<DeliverableStatus, string> = {
  COMPLETE: "Complete",
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OVERDUE: "Overdue",
};

export function deliverableStatusText(status: DeliverableStatus): string {
  return TEXT[status];
}
