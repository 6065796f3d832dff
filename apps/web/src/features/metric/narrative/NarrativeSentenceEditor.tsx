import { useId, useState } from "react";
import type { EditableNarrativeFragment } from "../../../gql/graphql";
import { buttonClasses } from "../../../ui/buttonClasses";
import { FieldMessage } from "../../../ui/FieldMessage";
import { fieldErrorFor } from "../../../ui/fieldErrorFor";
import { GlossaryText } from "../../../ui/GlossaryText";
import { IllustrativeMark } from "../../../ui/IllustrativeMark";
import { inputClasses } from "../../../ui/inputClasses";
import { LiveStatus } from "../../../ui/LiveStatus";
import { ConflictDialog } from "../../editing/ConflictDialog";
import { describeSaveFailure } from "../../editing/describeSaveFailure";
import { UnsavedChangesGuard } from "../../editing/UnsavedChangesGuard";
import { useVersionedSave } from "../../editing/useVersionedSave";
import type { useNarrativeOps } from "./useNarrativeOps";

const STATUS_TEXT = { DRAFT: "Draft", ACCEPTED: "Accepted", EDITED: "Rewritten" } as const;

type Props = {
  sentence: EditableNarrativeFragment;
  label: string;
  ops: ReturnType<typeof useNarrativeOps>;
  onSaved: () => void;
};

/** One drafted sentence: accept it as drafted, or rewrite it (with the draft shown for reference). */
export function NarrativeSentenceEditor({ sentence, label, ops, onSaved }: Props) {
  const id = useId();
  const [rewriting, setRewriting] = useState(false);
  const [text, setText] = useState(sentence.text);
  const [base, setBase] = useState({ text: sentence.text, version: sentence.version });
  const [status, setStatus] = useState("");
  const save = useVersionedSave(
    (values, version) => ops.edit(sentence.key, String(values.text ?? ""), version),
    () => {
      setRewriting(false);
      onSaved();
    },
  );
  const error = fieldErrorFor(save.fieldErrors, "text");
  async function accept() {
    try {
      const errors = await ops.accept(sentence.key, sentence.version);
      setStatus(errors.length ? errors.map((e) => e.message).join(" ") : `Accepted ${label}.`);
      onSaved();
    } catch (e) {
      setStatus(describeSaveFailure(e));
      onSaved();
    }
  }
  return (
    <li className="rounded border border-line p-3">
      <p>
        <GlossaryText text={sentence.text} />{" "}
        <span className="rounded bg-neutral-soft px-1 text-sm text-muted">
          {STATUS_TEXT[sentence.status]}
        </span>
        {sentence.isStale ? (
          <span className="ml-1 rounded bg-concern-soft px-1 text-sm text-concern">
            Data has changed since
          </span>
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
      {rewriting ? (
        <form
          className="mt-2"
          onSubmit={(e) => {
            e.preventDefault();
            void save.submit({ text: base.text }, { text }, base.version);
          }}
        >
          <UnsavedChangesGuard isDirty={text !== base.text && !save.saving} />
          <label htmlFor={`${id}-text`} className="block font-medium">
            Sentence text
          </label>
          <p id={`${id}-draft`} className="text-sm text-muted">
            Drafted: {sentence.generatedText}
          </p>
          <textarea
            id={`${id}-text`}
            value={text}
            rows={3}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-draft` : `${id}-draft`}
            className={inputClasses(Boolean(error))}
          />
          <FieldMessage id={`${id}-error`} message={error} />
          <LiveStatus message={save.status} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={save.saving} className={buttonClasses.primary}>
              Save
            </button>
            <button type="button" onClick={() => setRewriting(false)} className={buttonClasses.quiet}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
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
      )}
      {!rewriting ? <LiveStatus message={status} /> : null}
      {save.conflict ? (
        <ConflictDialog
          mine={save.conflict.mine}
          theirs={save.conflict.theirs}
          fields={[{ key: "text", label: "Sentence" }]}
          mergeField="text"
          busy={save.saving}
          onResolve={(choice) => void save.resolve(choice)}
          onBack={() => {
            const c = save.conflict;
            if (c) setBase({ text: String(c.theirs.text ?? ""), version: c.theirVersion });
            save.dismissConflict();
          }}
        />
      ) : null}
    </li>
  );
}
