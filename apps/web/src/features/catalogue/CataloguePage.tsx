import { EmptyState } from "../../ui/EmptyState";
import { Layout } from "../../ui/Layout";
import { RequireRole } from "../auth/RequireRole";
import { CatalogueAdmin } from "./CatalogueAdmin";

/** Admins define what is measured and how it is judged, and where each metric is shown. */
export function CataloguePage() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Metric catalogue</h1>
      <div className="mt-4">
        <RequireRole
          atLeast="ADMIN"
          fallback={<EmptyState title="Only admins edit the metric catalogue. Sign in as an admin." />}
        >
          <CatalogueAdmin />
        </RequireRole>
      </div>
    </Layout>
  );
}
