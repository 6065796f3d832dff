import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import type { ExceptionsList_ExceptionFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { SignalIcon } from "../../ui/SignalIcon";

/** The opening slide: every exception in one list, in the API's order (most severe first), each in one line. */
export function ExceptionsSummarySlide({
  exceptions,
}: {
  exceptions: readonly ExceptionsList_ExceptionFragment[];
}) {
  return (
    <article>
      <h1 className="text-5xl font-bold">
        Exceptions: {exceptions.length} metric{exceptions.length === 1 ? "" : "s"} to discuss
      </h1>
      <ol className="mt-8 grid gap-x-10 gap-y-3 text-2xl lg:grid-cols-2">
        {exceptions.map((e) => (
          <li key={e.metric.id} className="flex justify-between gap-4 border-b border-line pb-2">
            <span>
              <GlossaryText text={e.metric.name} />
              <span className="block text-lg text-muted">
                {e.priorityNumber ? `Priority ${e.priorityNumber}: ` : ""}
                <GlossaryText text={e.summary} />
              </span>
              <span className="mt-1 block">
                <SignalIcon variation={e.variation} assurance={e.assurance} illustrative={e.illustrative} />
              </span>
            </span>
            {e.latest ? (
              <span className="whitespace-nowrap font-semibold tabular-nums">
                {formatValue(e.latest.value, e.metric.unit)}{" "}
                <span className="text-lg font-normal text-muted">{monthLabel(e.latest.periodEnd)}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
