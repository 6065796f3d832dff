import { CjsPage } from "../features/cjs/CjsPage";

export function CjsRoute() {
  return <CjsPage />;
}
