import { OverviewPage } from "../features/overview/OverviewPage";

export function OverviewRoute() {
  return <OverviewPage />;
}
