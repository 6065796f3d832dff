import { QuarterChangesPage } from "../features/changes/QuarterChangesPage";

export function QuarterChangesRoute() {
  return <QuarterChangesPage />;
}
