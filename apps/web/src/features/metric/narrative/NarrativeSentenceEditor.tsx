import { useState } from "react";
import type { EditableNarrativeFragment } from "../../../gql/graphql";
import { buttonClasses } from "../../../ui/buttonClasses";
import { LiveStatus } from "../../../ui/LiveStatus";
import { describeSaveFailure } from "../../editing/describeSaveFailure";
import { NarrativeRewriteForm } from "./NarrativeRewriteForm";
import { NarrativeSentenceText } from "./NarrativeSentenceText";
import type { useNarrativeOps } from "./useNarrativeOps";

type Props = {
  sentence: EditableNarrativeFragment;
  label: string;
  ops: ReturnType<typeof useNarrativeOps>;
  onSaved: () => void;
};

/** One drafted sentence: accept it as drafted, or rewrite it (with the draft shown for reference). */
export function NarrativeSentenceEditor({ sentence, label, ops, onSaved }: Props) {
  const [rewriting, setRewriting] = useState(false);
  const [status, setStatus] = useState("");
  async function accept() {
    try {
      const errors = await ops.accept(sentence.key, sentence.version);
      setStatus(errors.length ? errors.map((e) => e.message).join(" ") : `Accepted ${label}.`);
    } catch (e) {
      setStatus(describeSaveFailure(e));
    }
    onSaved();
  }
  return (
    <li className="rounded border border-line p-3">
      <NarrativeSentenceText sentence={sentence} />
      {rewriting ? (
        <NarrativeRewriteForm
          sentence={sentence}
          save={(text, version) => ops.edit(sentence.key, text, version)}
          onClose={() => setRewriting(false)}
          onSaved={onSaved}
        />
      ) : (
        <>
          <div className="mt-2 flex flex-wrap gap-2">
            {sentence.status === "DRAFT" || sentence.isStale ? (
              <button type="button" onClick={() => void accept()} className={buttonClasses.secondary}>
                Accept<span className="sr-only"> {label} as drafted</span>
              </button>
            ) : null}
            <button type="button" onClick={() => setRewriting(true)} className={buttonClasses.quiet}>
              Rewrite<span className="sr-only"> {label}</span>
            </button>
          </div>
          <LiveStatus message={status} />
        </>
      )}
    </li>
  );
}
