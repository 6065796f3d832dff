import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import type { ExceptionsList_ExceptionFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { SignalIcon } from "../../ui/SignalIcon";
import { Sparkline } from "../../ui/Sparkline";
import { SpcText } from "../../ui/SpcText";

type Exception = ExceptionsList_ExceptionFragment & { metric: { series: { values: readonly number[] } } };

export function ExceptionSlide({
  exception,
  index,
  of,
}: {
  exception: Exception;
  index: number;
  of: number;
}) {
  const { metric, latest } = exception;
  return (
    <article>
      {/* The kicker is inside the heading so the slide's title says where it sits in the deck. */}
      <h1 className="text-5xl font-bold">
        <span className="mb-2 block text-2xl font-normal text-muted">
          Exception {index} of {of}
          {exception.priorityNumber ? ` · Priority ${exception.priorityNumber}` : ""}
          <span className="sr-only">:</span>
        </span>
        <GlossaryText text={metric.name} />
      </h1>
      {latest ? (
        <p className="mt-6 text-7xl font-bold tabular-nums">
          {formatValue(latest.value, metric.unit)}
          <span className="ml-4 text-3xl font-normal text-muted">{monthLabel(latest.periodEnd)}</span>
        </p>
      ) : null}
      {latest?.illustrative ? <p className="mt-2 text-2xl text-illustrative">Illustrative value</p> : null}
      <p className="mt-6 text-3xl">
        <GlossaryText text={exception.summary} />
      </p>
      <div className="mt-6 text-xl">
        <SignalIcon
          variation={exception.variation}
          assurance={exception.assurance}
          illustrative={exception.illustrative}
          isLarge
        />
      </div>
      {exception.standing ? <p className="mt-4 text-2xl font-semibold">{exception.standing.text}</p> : null}
      <ul className="mt-6 list-disc space-y-2 pl-8 text-xl text-muted">
        {exception.reasons.map((r) => (
          <li key={r}>
            <SpcText text={r} />
          </li>
        ))}
      </ul>
      <div className="mt-8 h-24 max-w-xl [&_svg]:h-24 [&_svg]:max-w-none">
        <Sparkline
          values={metric.series.values.slice(-24)}
          label={`Trend of ${metric.name} over the last 24 months`}
        />
      </div>
    </article>
  );
}
