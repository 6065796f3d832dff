import type { MetricCatalogueQuery } from "../../gql/graphql";

type Entry = MetricCatalogueQuery["metricCatalogue"][number];

/** The catalogue's metrics as buttons that open each one; the open one is marked for screen readers too. */
export function MetricList({
  entries,
  selected,
  onOpen,
}: {
  entries: readonly Entry[];
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  if (entries.length === 0) return <p>No metric matches.</p>;
  return (
    <nav aria-label="Metrics in the catalogue">
      <ul className="space-y-1">
        {entries.map(({ metric, sections }) => (
          <li key={metric.id}>
            <button
              type="button"
              aria-current={metric.id === selected ? "true" : undefined}
              onClick={() => onOpen(metric.id)}
              className={`min-h-11 w-full rounded border px-3 py-2 text-left ${
                metric.id === selected ? "border-2 border-brand bg-surface" : "border-line bg-surface"
              }`}
            >
              <span className="block font-medium text-link">{metric.name}</span>
              <span className="block text-sm text-muted">
                {metric.id}
                {metric.retiredAt ? " · retired" : ""}
                {metric.targetLabel ? ` · ${metric.targetLabel}` : ""}
                {sections.length === 0
                  ? " · in no section"
                  : ` · ${sections.map((s) => s.sectionTitle).join(", ")}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
