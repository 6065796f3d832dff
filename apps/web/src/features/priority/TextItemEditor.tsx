import { useId, useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { FieldMessage } from "../../ui/FieldMessage";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { GlossaryText } from "../../ui/GlossaryText";
import { inputClasses } from "../../ui/inputClasses";
import { ConflictDialog } from "../editing/ConflictDialog";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";
import { useVersionedSave } from "../editing/useVersionedSave";
import { HistoryButton } from "../history/HistoryButton";
import type { TextItem, TextListOps } from "./TextListOps";

const small =
  "min-h-11 min-w-11 rounded border border-line bg-surface px-2 text-sm text-link disabled:opacity-40";

type Props = {
  item: TextItem;
  label: string;
  entityType: string;
  ops: TextListOps;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  onChanged: (message: string) => void;
  onFailed: (error: unknown) => void;
};

/** One item of an editable list: its text, or a textarea while editing; move, retire and history. */
export function TextItemEditor({
  item,
  label,
  entityType,
  ops,
  isFirst,
  isLast,
  onMove,
  onChanged,
  onFailed,
}: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="rounded border border-line p-2">
      {editing ? (
        <TextItemForm
          item={item}
          label={label}
          ops={ops}
          onDone={() => setEditing(false)}
          onSaved={() => onChanged(`Saved ${label}.`)}
        />
      ) : (
        <>
          <GlossaryText text={item.text} />
          <div className="mt-2 flex flex-wrap gap-1">
            <button type="button" onClick={() => setEditing(true)} className={small}>
              Edit<span className="sr-only"> {label}</span>
            </button>
            <button type="button" disabled={isFirst} onClick={() => onMove(-1)} className={small}>
              <span aria-hidden="true">↑ </span>Move up<span className="sr-only"> {label}</span>
            </button>
            <button type="button" disabled={isLast} onClick={() => onMove(1)} className={small}>
              <span aria-hidden="true">↓ </span>Move down<span className="sr-only"> {label}</span>
            </button>
            <button
              type="button"
              onClick={() => {
                // Commentary has no restore in the contract: ask first where retiring cannot be undone.
                if (!ops.restore && !window.confirm(`Retire ${label}? It cannot be restored here.`)) return;
                ops.retire(item.id, item.version).then(() => onChanged(`Retired ${label}.`), onFailed);
              }}
              className={small}
            >
              Retire<span className="sr-only"> {label}</span>
            </button>
            <HistoryButton entityType={entityType} entityId={item.id} what={label} />
          </div>
        </>
      )}
    </li>
  );
}

function TextItemForm({
  item,
  label,
  ops,
  onDone,
  onSaved,
}: {
  item: TextItem;
  label: string;
  ops: TextListOps;
  onDone: () => void;
  onSaved: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(item.text);
  const [base, setBase] = useState({ text: item.text, version: item.version });
  const save = useVersionedSave(
    (values, version) => ops.edit(item.id, String(values.text ?? ""), version),
    () => {
      onSaved();
      onDone();
    },
  );
  const isDirty = text !== base.text;
  useUnsavedChangesGuard(isDirty && !save.saving);
  const error = fieldErrorFor(save.fieldErrors, "text");
  const noun = label.replace(/ \d+$/, "");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit({ text: base.text }, { text }, base.version);
      }}
    >
      <label htmlFor={`${id}-text`} className="block font-medium first-letter:uppercase">
        {noun} text
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClasses(Boolean(error))}
      />
      <FieldMessage id={`${id}-error`} message={error} />
      <p role="status" className="text-sm text-muted">
        {save.status}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" disabled={save.saving} className={buttonClasses.primary}>
          Save
        </button>
        <button
          type="button"
          onClick={() => (!isDirty || window.confirm(`Discard your changes to this ${noun}?`)) && onDone()}
          className={buttonClasses.quiet}
        >
          Cancel
        </button>
      </div>
      {save.conflict ? (
        <ConflictDialog
          mine={save.conflict.mine}
          theirs={save.conflict.theirs}
          fields={[{ key: "text", label: "Text" }]}
          mergeField="text"
          busy={save.saving}
          onResolve={(choice) => void save.resolve(choice)}
          onBack={() => {
            const conflict = save.conflict;
            if (conflict)
              setBase({ text: String(conflict.theirs.text ?? ""), version: conflict.theirVersion });
            save.dismissConflict();
          }}
        />
      ) : null}
    </form>
  );
}
