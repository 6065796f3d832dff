import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { ModalDialog } from "../../ui/ModalDialog";
import { TextField } from "../../ui/TextField";
import { combineTexts } from "./combineTexts";
import type { EditableValues } from "./EditableValues";
import type { ConflictChoice } from "./resolveConflict";

export type ConflictField = { key: string; label: string };

function show(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "(empty)" : String(value);
}

function VersionColumn({
  heading,
  values,
  fields,
}: {
  heading: string;
  values: EditableValues;
  fields: ConflictField[];
}) {
  return (
    <section className="rounded border border-line p-3">
      <h3 className="font-semibold">{heading}</h3>
      <dl className="mt-2 space-y-2">
        {fields.map((f) => (
          <div key={f.key}>
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="whitespace-pre-wrap break-words">{show(values[f.key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A text box prefilled with both versions of one field (theirs first) and a button to save it. */
function MergeBox({
  field,
  label,
  mine,
  theirs,
  busy,
  onResolve,
}: {
  field: string;
  label: string;
  mine: EditableValues;
  theirs: EditableValues;
  busy: boolean;
  onResolve: (choice: ConflictChoice) => void;
}) {
  const [merged, setMerged] = useState(() =>
    combineTexts(theirs[field]?.toString() ?? null, mine[field]?.toString() ?? null),
  );
  return (
    <div className="mt-4">
      <TextField
        label={`Merged ${label.toLowerCase()}`}
        hint="Starts with both texts, theirs first. Edit it into one."
        value={merged}
        onChange={setMerged}
        rows={4}
      />
      <button
        type="button"
        disabled={busy}
        onClick={() => onResolve({ kind: "merge", field, text: merged })}
        className={`mt-2 ${buttonClasses.primary}`}
      >
        Save merged {label.toLowerCase()}
      </button>
    </div>
  );
}

type Props = {
  mine: EditableValues;
  theirs: EditableValues;
  fields: ConflictField[];
  mergeField?: string | undefined;
  busy: boolean;
  onResolve: (choice: ConflictChoice) => void;
  onBack: () => void;
};

/**
 * Someone else saved first: both versions side by side and an explicit choice — keep theirs, apply
 * mine on top of theirs, or save a merged text (prefilled with both). Nothing is overwritten silently
 * and neither text is lost until the editor chooses.
 */
export function ConflictDialog({ mine, theirs, fields, mergeField, busy, onResolve, onBack }: Props) {
  const canMerge = mergeField !== undefined && (mine[mergeField] ?? null) !== (theirs[mergeField] ?? null);
  return (
    <ModalDialog title="Someone else saved this first" onClose={onBack} role="alertdialog" wide>
      <p>Your changes are not saved yet. Compare the two versions and choose what to keep.</p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <VersionColumn heading="Your version" values={mine} fields={fields} />
        <VersionColumn heading="Saved by someone else" values={theirs} fields={fields} />
      </div>
      {canMerge && mergeField ? (
        <MergeBox
          field={mergeField}
          label={fields.find((f) => f.key === mergeField)?.label ?? "text"}
          mine={mine}
          theirs={theirs}
          busy={busy}
          onResolve={onResolve}
        />
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => onResolve({ kind: "applyMine" })}
          className={canMerge ? buttonClasses.secondary : buttonClasses.primary}
        >
          Apply mine on top of theirs
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onResolve({ kind: "keepTheirs" })}
          className={buttonClasses.secondary}
        >
          Keep theirs
        </button>
        <button type="button" onClick={onBack} className={buttonClasses.quiet}>
          Back to my edit
        </button>
      </div>
    </ModalDialog>
  );
}
