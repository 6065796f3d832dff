type ExportSubject = { metricId: string; sectionId?: never } | { sectionId: string; metricId?: never };

/**
 * Download links for a metric's or a scorecard section's data: CSV of observations, CSV of
 * benchmarks, and one .xlsx with both sheets. Plain links: the browser handles the download,
 * and anyone who can read the scorecard may export it.
 */
export function ExportLinks(props: ExportSubject & { label?: string }) {
  const base = props.metricId
    ? `/api/exports/metric/${encodeURIComponent(props.metricId)}`
    : `/api/exports/section/${encodeURIComponent(props.sectionId ?? "")}`;
  const what = props.label ?? (props.metricId ? "this metric" : "this section");
  const linkClasses = "inline-flex min-h-11 items-center text-link underline";
  return (
    <nav aria-label={`Download the data of ${what}`} className="flex flex-wrap gap-x-4 text-sm">
      <span className="inline-flex min-h-11 items-center text-muted">Download data:</span>
      <a className={linkClasses} href={`${base}.csv`} download>
        Observations (CSV)
      </a>
      <a className={linkClasses} href={`${base}.csv?kind=benchmarks`} download>
        Benchmarks (CSV)
      </a>
      <a className={linkClasses} href={`${base}.xlsx`} download>
        Both (Excel .xlsx)
      </a>
    </nav>
  );
}
