import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { useViewer } from "../auth/useViewer";
import { ImportForm } from "./ImportForm";
import { TemplateLinks } from "./TemplateLinks";

/**
 * Monthly data load: an editor picks observations or benchmarks, chooses a
 * CSV or .xlsx file, checks it (a dry run, row by row), then commits all of it or none.
 */
export function ImportPage() {
  const { canEdit, loading, viewer } = useViewer();
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Monthly data load</h1>
      <p className="mt-1 max-w-prose text-muted">
        Load the month's observations or benchmarks from a CSV or Excel (.xlsx) file. Checking a file shows
        what would be added, changed or rejected, line by line; nothing is saved until you commit, and a
        commit saves every row or none.
      </p>
      {loading ? (
        <LoadingState what="your role" />
      ) : canEdit ? (
        <>
          <section aria-labelledby="import-templates" className="mt-6">
            <h2 id="import-templates" className="text-lg font-semibold">
              Templates
            </h2>
            <p className="mb-2 text-sm text-muted">
              One row per metric of the scorecard, dated the month after the latest loaded, values left to
              fill.
            </p>
            <TemplateLinks />
          </section>
          <ImportForm />
        </>
      ) : (
        <p role="alert" className="mt-6 rounded-lg border-2 border-line bg-surface p-4">
          {viewer
            ? "Only editors can load data. Ask an admin for the editor role."
            : "Sign in as an editor to load data."}
        </p>
      )}
    </Layout>
  );
}
