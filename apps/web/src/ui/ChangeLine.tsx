import { splitAgainst } from "../format/splitAgainst";
import { graphql } from "../gql";
import type { ChangeLine_ChangeFragment } from "../gql/graphql";
import { IllustrativeMark } from "./IllustrativeMark";

export const ChangeLineFragment = graphql(`
  fragment ChangeLine_change on Change {
    text
    against
    significant
    illustrative
  }
`);

function significanceText(significant: boolean | null | undefined): string | null {
  if (significant === true) return "greater than the survey's margin of error";
  if (significant === false) return "within the survey's margin of error";
  return null;
}

/**
 * The change a metric is judged on, with what it is against, in the API's words: "+6.1% year on year
 * (12 months to Mar-23 against the 12 months to Mar-22)". The months stay visible, in lighter type.
 */
export function ChangeLine({
  change,
  showSignificance,
  className = "",
}: {
  change: ChangeLine_ChangeFragment;
  /** The drill-down says whether a survey change is beyond its margin of error; a tile has no room. */
  showSignificance?: boolean;
  className?: string;
}) {
  const { comparison, months } = splitAgainst(change.against);
  const significance = showSignificance ? significanceText(change.significant) : null;
  return (
    <p className={className}>
      <span className="font-semibold tabular-nums">{change.text}</span> {comparison}
      {months ? <span className="text-muted"> ({months})</span> : null}
      {significance ? `, ${significance}` : null}
      {change.illustrative ? (
        <>
          {" "}
          <IllustrativeMark>
            illustrative<span className="sr-only">: computed from generated months</span>
          </IllustrativeMark>
        </>
      ) : null}
    </p>
  );
}
