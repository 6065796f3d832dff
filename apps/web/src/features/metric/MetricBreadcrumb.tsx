import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";

/** Where the metric sits in the report: the overview, its priority where it has one, and its section. */
export function MetricBreadcrumb({
  priorityNumber,
  sectionTitle,
  period,
}: {
  priorityNumber?: number | null;
  sectionTitle?: string | null;
  period?: string;
}) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link to={withPeriod("/", period)} className="inline-flex min-h-11 items-center text-link underline">
        Overview
      </Link>
      {priorityNumber ? (
        <>
          {" › "}
          <Link
            to={withPeriod(`/priorities/${priorityNumber}`, period)}
            className="inline-flex min-h-11 items-center text-link underline"
          >
            Priority {priorityNumber}
          </Link>
        </>
      ) : null}
      {sectionTitle ? ` › ${sectionTitle}` : ""}
    </nav>
  );
}
