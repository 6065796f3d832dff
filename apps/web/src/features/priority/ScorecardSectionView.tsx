import { graphql } from "../../gql";
import type { ScorecardSectionView_SectionFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";
import { RequireRole } from "../auth/RequireRole";
import { CjsMeasureList } from "../cjs/CjsMeasureList";
import { ExportLinks } from "../imports/ExportLinks";
import { PreviousCommentary } from "../quarters/PreviousCommentary";
import { CommentaryEditor } from "./CommentaryEditor";
import { MetricTile } from "./MetricTile";

export const ScorecardSectionViewFragment = graphql(`
  fragment ScorecardSectionView_section on ScorecardSection {
    id
    title
    position
    commentary(period: $period) {
      id
      text
      version
    }
    previousCommentary(period: $period) {
      id
      text
    }
    metrics {
      ...MetricTile_metric
      ...CjsMeasure_metric
    }
  }
`);

/** One scorecard section (e.g. "Wait to answer & abandonment"): its commentary and metric tiles. */
export function ScorecardSectionView({
  section,
  period,
  priority,
  labelledBy,
  isCjs = false,
}: {
  section: ScorecardSectionView_SectionFragment;
  period?: string;
  /** The priority the section belongs to: the commentary editor loads its lists through it. */
  priority?: number;
  /** The id of a heading above that already names this section: its own heading is then left out. */
  labelledBy?: string;
  /** A CJS score card's section: its quarterly measures as the CJS cards show them (national, change in words). */
  isCjs?: boolean;
}) {
  const readOnly = <SectionCommentary commentary={section.commentary} />;
  return (
    <section aria-labelledby={labelledBy ?? `section-${section.id}`} className="mt-6">
      {labelledBy ? null : (
        <h3 id={`section-${section.id}`} className="text-lg font-semibold uppercase tracking-wide">
          {section.title}
        </h3>
      )}
      <div className="mt-2 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div>
          {priority === undefined ? (
            readOnly
          ) : (
            <RequireRole atLeast="EDITOR" fallback={readOnly}>
              <CommentaryEditor priority={priority} sectionId={section.id} period={period} />
            </RequireRole>
          )}
          <PreviousCommentary items={section.previousCommentary} />
        </div>
        {section.metrics.length === 0 ? (
          <EmptyState title="No metrics in this section" />
        ) : isCjs ? (
          <CjsMeasureList
            metrics={section.metrics}
            commentary={[]}
            period={period}
            headingLevel={labelledBy ? 3 : 4}
            columnsClassName="sm:grid-cols-2"
          />
        ) : (
          <ul className="grid content-start gap-3 sm:grid-cols-2">
            {section.metrics.map((m) => (
              <MetricTile key={m.id} metric={m} period={period} />
            ))}
          </ul>
        )}
      </div>
      <ExportLinks sectionId={section.id} label={section.title} />
    </section>
  );
}

function SectionCommentary({
  commentary,
}: {
  commentary: ScorecardSectionView_SectionFragment["commentary"];
}) {
  return commentary.length === 0 ? (
    <EmptyState title="No commentary this period" />
  ) : (
    <ul className="list-disc space-y-2 pl-5">
      {commentary.map((c) => (
        <li key={c.id} data-commentary-id={c.id}>
          <GlossaryText text={c.text} />
        </li>
      ))}
    </ul>
  );
}
