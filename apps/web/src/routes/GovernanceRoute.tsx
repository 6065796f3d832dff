import { GovernancePage } from "../features/governance/GovernancePage";

export function GovernanceRoute() {
  return <GovernancePage />;
}
