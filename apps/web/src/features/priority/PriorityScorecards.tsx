import type { PriorityQuery } from "../../gql/graphql";
import { BadgeKey } from "../../ui/BadgeKey";
import { GlossaryText } from "../../ui/GlossaryText";
import { isSectionTitleRepeated } from "./isSectionTitleRepeated";
import { ScorecardSectionView } from "./ScorecardSectionView";

type Priority = NonNullable<PriorityQuery["priority"]>;

/** A priority's scorecards, each with its sections of metric tiles, after the key to the badges. */
export function PriorityScorecards({
  priority,
  period,
}: {
  priority: Priority;
  period?: string | undefined;
}) {
  if (priority.scorecards.length === 0) return null;
  return (
    <>
      <div className="mt-8">
        <BadgeKey />
      </div>
      {priority.scorecards.map((card) => (
        <section key={card.id} aria-labelledby={`scorecard-${card.id}`} className="defer-render mt-8">
          <h2 id={`scorecard-${card.id}`} className="text-xl font-semibold">
            <GlossaryText text={card.title} />
          </h2>
          {card.sections.map((section) => (
            <ScorecardSectionView
              key={section.id}
              section={section}
              period={period}
              priority={priority.number}
              labelledBy={isSectionTitleRepeated(card) ? `scorecard-${card.id}` : undefined}
              isCjs={card.kind === "CJS"}
            />
          ))}
        </section>
      ))}
    </>
  );
}
