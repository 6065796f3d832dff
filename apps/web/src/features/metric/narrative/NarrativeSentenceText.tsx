import type { EditableNarrativeFragment } from "../../../gql/graphql";
import { GlossaryText } from "../../../ui/GlossaryText";
import { IllustrativeMark } from "../../../ui/IllustrativeMark";

const STATUS_TEXT = { DRAFT: "Draft", ACCEPTED: "Accepted", EDITED: "Rewritten" } as const;

/** A sentence as it reads now, with its state: draft, accepted or rewritten; stale; illustrative. */
export function NarrativeSentenceText({ sentence }: { sentence: EditableNarrativeFragment }) {
  return (
    <p>
      <GlossaryText text={sentence.text} />{" "}
      <span className="rounded bg-neutral-soft px-1 text-sm text-muted">{STATUS_TEXT[sentence.status]}</span>
      {sentence.isStale ? (
        <span className="ml-1 rounded bg-concern-soft px-1 text-sm text-concern">Data has changed since</span>
      ) : null}
      {sentence.illustrative ? (
        <>
          {" "}
          <IllustrativeMark>
            illustrative<span className="sr-only">: rests on generated months</span>
          </IllustrativeMark>
        </>
      ) : null}
    </p>
  );
}
