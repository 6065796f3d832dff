import { graphql } from "../../gql";
import type { BenchmarkStanding_PositionFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { positionFacts } from "./positionFacts";

export const BenchmarkStandingFragment = graphql(`
  fragment BenchmarkStanding_position on BenchmarkPosition {
    text
    msgRank
    msgRankOutOf
    msgQuartile
    nationalRank
    nationalRankOutOf
    nationalQuartile
  }
`);

/** Where the force stands, in the API's sentence, with its ranks and quartiles beneath. */
export function BenchmarkStanding({ position }: { position: BenchmarkStanding_PositionFragment }) {
  return (
    <div className="mt-4 rounded-lg border-l-4 border-brand bg-surface p-4">
      <p className="text-lg font-semibold">
        <GlossaryText text={position.text} />
      </p>
      <ul className="mt-1 text-sm">
        {positionFacts(position).map((f) => (
          <li key={f}>
            <GlossaryText text={f} />
          </li>
        ))}
      </ul>
    </div>
  );
}
