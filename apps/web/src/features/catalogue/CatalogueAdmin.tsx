import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { LiveStatus } from "../../ui/LiveStatus";
import { LoadingState } from "../../ui/LoadingState";
import { TextField } from "../../ui/TextField";
import { CatalogueQuery } from "./CatalogueQuery";
import { CreateMetricForm } from "./CreateMetricForm";
import { MetricDetail } from "./MetricDetail";
import { MetricList } from "./MetricList";
import { SectionsEditor } from "./SectionsEditor";

/** The catalogue for admins: find a metric, edit it, or add one; then arrange the sections. */
export function CatalogueAdmin() {
  const { data, loading, error, refetch } = useQuery(CatalogueQuery);
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [status, setStatus] = useState("");
  if (loading && !data) return <LoadingState what="the metric catalogue" />;
  if (error || !data)
    return <ErrorState what="the metric catalogue" error={error} onRetry={() => void refetch()} />;
  const entries = data.metricCatalogue;
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? entries.filter((e) => e.metric.name.toLowerCase().includes(needle) || e.metric.id.includes(needle))
    : entries;
  const entry = entries.find((e) => e.metric.id === selected) ?? null;
  const live = entries
    .filter((e) => !e.metric.retiredAt)
    .map((e) => ({ id: e.metric.id, name: e.metric.name }));
  return (
    <>
      <LiveStatus message={status} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField label="Search metrics" value={search} onChange={setSearch} hint="By name or id." />
        </div>
        <button
          type="button"
          onClick={() => {
            setIsCreating(true);
            setSelected(null);
          }}
          className={buttonClasses.primary}
        >
          New metric
        </button>
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-[20rem_1fr]">
        <MetricList
          entries={shown}
          selected={selected}
          onOpen={(id) => {
            setSelected(id);
            setIsCreating(false);
          }}
        />
        <div>
          {isCreating ? (
            <section aria-labelledby="new-metric" className="rounded-lg border border-line bg-surface p-4">
              <h2 id="new-metric" className="text-xl font-semibold">
                New metric
              </h2>
              <CreateMetricForm
                onCreated={(id) => {
                  setIsCreating(false);
                  setSelected(id);
                  setStatus(`Created ${id}.`);
                }}
                onCancel={() => setIsCreating(false)}
              />
            </section>
          ) : entry ? (
            <MetricDetail entry={entry} onStatus={setStatus} />
          ) : (
            <EmptyState title="Choose a metric to edit, or add a new one." />
          )}
        </div>
      </div>
      <SectionsEditor priorities={data.priorities} metrics={live} onStatus={setStatus} />
    </>
  );
}
