import { graphql } from "../../gql";
import type { NarrativeList_SentenceFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";
import { IllustrativeMark } from "../../ui/IllustrativeMark";

export const NarrativeListFragment = graphql(`
  fragment NarrativeList_sentence on NarrativeSentence {
    key
    text
    status
    illustrative
  }
`);

/**
 * The narrative readers see: the sentences the performance team accepted or wrote. Drafted suggestions
 * are for editors (NarrativeEditor marks them there); a reader never sees one, so nothing the generator
 * proposed reads as agreed text.
 */
export function NarrativeList({ sentences }: { sentences: readonly NarrativeList_SentenceFragment[] }) {
  const agreed = sentences.filter((s) => s.status !== "DRAFT");
  if (agreed.length === 0)
    return (
      <EmptyState title="No agreed narrative for this period">
        Sentences appear here once the performance team has agreed them.
      </EmptyState>
    );
  return (
    <ul className="list-disc space-y-2 pl-5">
      {agreed.map((s) => (
        <li key={s.key} data-narrative-key={s.key}>
          <GlossaryText text={s.text} />
          {s.illustrative ? (
            <>
              {" "}
              <IllustrativeMark>
                illustrative<span className="sr-only">: rests on generated months</span>
              </IllustrativeMark>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
