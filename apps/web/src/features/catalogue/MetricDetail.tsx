import type { MetricCatalogueQuery } from "../../gql/graphql";
import { DefinitionHistory } from "./DefinitionHistory";
import { EditMetricForm } from "./EditMetricForm";
import { ProcessChangesEditor } from "./ProcessChangesEditor";
import { RetireMetricButton } from "./RetireMetricButton";

type Entry = MetricCatalogueQuery["metricCatalogue"][number];

/** One metric: its definition form, process changes, sections, retirement and history. */
export function MetricDetail({ entry, onStatus }: { entry: Entry; onStatus: (message: string) => void }) {
  const { metric } = entry;
  return (
    <section aria-labelledby="metric-detail" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="metric-detail" className="text-xl font-semibold">
        {metric.name}
      </h2>
      <p className="text-sm text-muted">
        {metric.id} · version {metric.version}
        {metric.retiredAt ? ` · retired ${metric.retiredAt.slice(0, 10)}` : ""}
      </p>
      <p className="mt-1 text-sm">
        {entry.sections.length === 0
          ? "Not placed in any section."
          : `Shown in: ${entry.sections.map((s) => `${s.sectionTitle} (priority ${s.priorityNumber}, place ${s.position})`).join("; ")}.`}
      </p>
      <div className="mt-4">
        {/* Keyed by version: after a save the form starts again from what is saved now. */}
        <EditMetricForm key={`${metric.id}-${metric.version}`} metric={metric} onSaved={onStatus} />
      </div>
      <ProcessChangesEditor metric={metric} onStatus={onStatus} />
      {metric.retiredAt ? null : (
        <div className="mt-6">
          <RetireMetricButton metric={metric} onStatus={onStatus} />
        </div>
      )}
      <DefinitionHistory definitions={entry.definitions} history={entry.history} />
    </section>
  );
}
