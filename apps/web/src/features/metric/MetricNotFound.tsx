import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { EmptyState } from "../../ui/EmptyState";

/** The metric page for an id no metric has: says so and leads back to the overview. */
export function MetricNotFound({ id, period }: { id: string; period?: string }) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">No such metric</h1>
      <EmptyState title="Nothing to show">
        There is no metric with the id “{id}”.{" "}
        <Link to={withPeriod("/", period)} className="text-link underline">
          Back to the overview
        </Link>
      </EmptyState>
    </>
  );
}
