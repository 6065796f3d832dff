import { Link } from "react-router";
import type { AssuranceIcon, MetricBasis, SpcStatus, VariationIcon } from "../../gql/graphql";
import { glossaryHref } from "../../ui/glossaryAnchor";
import { assuranceMeaning, trendOnlyMeaning, variationMeaning } from "../../ui/signalMeaning";

/** The drill-down's badges said in visible sentences, each with the glossary entry behind it. */
export function BadgeExplanation({
  variation,
  assurance,
  status,
  basis,
}: {
  variation: VariationIcon;
  assurance: AssuranceIcon;
  status: SpcStatus;
  basis: MetricBasis;
}) {
  const meanings = [
    status === "TREND_ONLY" ? trendOnlyMeaning(basis) : variationMeaning(variation),
    assuranceMeaning(assurance),
  ].filter((m) => m !== null);
  return (
    <ul className="mt-2 space-y-1 text-sm text-muted">
      {meanings.map((m) => (
        <li key={m.text}>
          <span className="font-semibold text-ink">{m.text}</span>: {m.meaning}{" "}
          <Link to={glossaryHref(m.glossaryTerm)} className="text-link underline">
            {m.glossaryTerm} in the glossary
          </Link>
        </li>
      ))}
    </ul>
  );
}
