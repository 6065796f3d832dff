import { Link } from "react-router";
import { glossaryHref } from "./glossaryAnchor";
import { everySignalMeaning } from "./signalMeaning";

/**
 * "What the badges mean": every badge's words with a sentence of plain meaning and the glossary entry
 * behind it, one tap away, so the badges' meaning is in visible text and not only in their tooltips.
 */
export function BadgeKey() {
  return (
    <details className="rounded-lg border border-line bg-surface px-3">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-link">
        What the badges mean
      </summary>
      <ul className="mb-3 space-y-1 text-sm">
        {everySignalMeaning().map((m) => (
          <li key={m.text}>
            <strong className="font-semibold">{m.text}</strong>: {m.meaning}{" "}
            <Link to={glossaryHref(m.glossaryTerm)} className="text-link underline">
              {m.glossaryTerm} in the glossary
            </Link>
          </li>
        ))}
        <li>
          <strong className="font-semibold">Illustrative</strong>: computed from months generated to agree
          with the report's statements, where the report gives no figure of its own.{" "}
          <Link to={glossaryHref("Illustrative")} className="text-link underline">
            Illustrative in the glossary
          </Link>
        </li>
      </ul>
    </details>
  );
}
