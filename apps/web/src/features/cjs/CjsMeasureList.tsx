import type { CjsMeasure_MetricFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { CjsMeasure } from "./CjsMeasure";

/**
 * A CJS page's three measures side by side. Its bullets are stored in the order of its measures (one
 * each, as the report prints them under its columns), so each sits in its measure's card; once an
 * editor adds or retires one the pairing is gone, and the bullets are listed after the cards instead.
 * A page that shows the bullets itself (a priority page, with its commentary editor) passes none.
 */
export function CjsMeasureList({
  metrics,
  commentary,
  period,
  headingLevel,
  columnsClassName = "md:grid-cols-3",
}: {
  metrics: readonly CjsMeasure_MetricFragment[];
  commentary: readonly { id: string; text: string }[];
  period?: string;
  headingLevel?: 3 | 4;
  /** The grid's columns: three across a page of its own, fewer beside a priority page's commentary. */
  columnsClassName?: string;
}) {
  const paired = commentary.length === metrics.length;
  return (
    <>
      <ul className={`grid content-start gap-3 ${columnsClassName}`}>
        {metrics.map((m, i) => (
          <CjsMeasure
            key={m.id}
            metric={m}
            period={period}
            commentary={paired ? commentary[i]?.text : null}
            headingLevel={headingLevel}
          />
        ))}
      </ul>
      {!paired && commentary.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {commentary.map((c) => (
            <li key={c.id}>
              <GlossaryText text={c.text} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
