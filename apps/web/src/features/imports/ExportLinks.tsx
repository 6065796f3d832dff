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
    // No nav landmark: a priority page has one of these per scorecard section. Instead each link's
    // name says what it downloads, starting with the visible words (WCAG 2.5.3 label in name):
    // "Observations (CSV) of 101 abandonment rate".
    <div className="flex flex-wrap gap-x-4 text-sm">
      <span className="inline-flex min-h-11 items-center text-muted">Download data:</span>
      <a className={linkClasses} href={`${base}.csv`} download>
        Observations (CSV) <span className="sr-only">of {what}</span>
      </a>
      <a className={linkClasses} href={`${base}.csv?kind=benchmarks`} download>
        Benchmarks (CSV) <span className="sr-only">of {what}</span>
      </a>
      <a className={linkClasses} href={`${base}.xlsx`} download>
        Both (Excel .xlsx) <span className="sr-only">– observations and benchmarks of {what}</span>
      </a>
    </div>
  );
}
