import { Link } from "react-router";
import { glossaryHref } from "./glossaryAnchor";

/**
 * One clear notice on a page whose figures are mostly generated, so no reader takes the history for
 * published data. Each illustrative figure, change and signal is also marked where it appears.
 */
export function IllustrativeBanner({ what }: { what: string }) {
  return (
    <aside
      aria-label="Illustrative history"
      className="my-4 rounded-lg border-2 border-illustrative bg-illustrative-soft p-3 text-illustrative"
    >
      <p>
        <strong>Most monthly history {what} is illustrative</strong>: generated to agree with the report's
        statements, where the report gives no monthly figure of its own. The report's own figures carry no
        mark; every value, change and signal that rests on generated months is marked{" "}
        <span className="font-semibold">illustrative</span>.{" "}
        <Link to={glossaryHref("Illustrative")} className="underline">
          What illustrative means
        </Link>
      </p>
    </aside>
  );
}
