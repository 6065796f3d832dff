import { useState } from "react";
import { GlossaryText } from "../../ui/GlossaryText";
import { HistoryButton } from "../history/HistoryButton";
import { TextItemForm } from "./TextItemForm";
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
