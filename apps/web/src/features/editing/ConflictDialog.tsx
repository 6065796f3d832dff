import { useId, useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { inputClasses } from "../../ui/inputClasses";
import { ModalDialog } from "../../ui/ModalDialog";
import { combineTexts } from "./combineTexts";
import type { ConflictChoice, EditableValues } from "./resolveConflict";

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

/**
 * Someone else saved first: both versions side by side and an explicit choice — keep theirs, apply
 * mine on top of theirs, or save a merged text (prefilled with both). Nothing is overwritten silently
 * and neither text is lost until the editor chooses.
 */
export function ConflictDialog({
  mine,
  theirs,
  fields,
  mergeField,
  busy,
  onResolve,
  onBack,
}: {
  mine: EditableValues;
  theirs: EditableValues;
  fields: ConflictField[];
  mergeField?: string;
  busy: boolean;
  onResolve: (choice: ConflictChoice) => void;
  onBack: () => void;
}) {
  const id = useId();
  const mergeLabel = fields.find((f) => f.key === mergeField)?.label ?? "text";
  const canMerge = mergeField !== undefined && (mine[mergeField] ?? null) !== (theirs[mergeField] ?? null);
  const [merged, setMerged] = useState(() =>
    mergeField
      ? combineTexts(theirs[mergeField]?.toString() ?? null, mine[mergeField]?.toString() ?? null)
      : "",
  );
  return (
    <ModalDialog title="Someone else saved this first" onClose={onBack} role="alertdialog" wide>
      <p>Your changes are not saved yet. Compare the two versions and choose what to keep.</p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <VersionColumn heading="Your version" values={mine} fields={fields} />
        <VersionColumn heading="Saved by someone else" values={theirs} fields={fields} />
      </div>
      {canMerge && mergeField ? (
        <div className="mt-4">
          <label htmlFor={`${id}-merged`} className="block font-medium">
            Merged {mergeLabel.toLowerCase()}
          </label>
          <p id={`${id}-merged-hint`} className="text-sm text-muted">
            Starts with both texts, theirs first. Edit it into one.
          </p>
          <textarea
            id={`${id}-merged`}
            aria-describedby={`${id}-merged-hint`}
            value={merged}
            onChange={(e) => setMerged(e.target.value)}
            rows={4}
            className={inputClasses(false)}
          />
          <button
            type="button"
            disabled={busy}
            onClick={() => onResolve({ kind: "merge", field: mergeField, text: merged })}
            className={`mt-2 ${buttonClasses.primary}`}
          >
            Save merged {mergeLabel.toLowerCase()}
          </button>
        </div>
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
