import { useState } from "react";
import { EmptyState } from "../../ui/EmptyState";
import { LiveStatus } from "../../ui/LiveStatus";
import { AddTextControl } from "./AddTextControl";
import { describeListFailure } from "./describeListFailure";
import { RetiredTextItems } from "./RetiredTextItems";
import { reorderedIds } from "./reorderedIds";
import { TextItemEditor } from "./TextItemEditor";
import type { TextItem, TextListOps } from "./TextListOps";

type Props = {
  title: string;
  noun: string;
  emptyText: string;
  entityType: string;
  items: readonly TextItem[];
  ops: TextListOps;
  headingLevel?: 2 | 3;
};

/**
 * An ordered list of texts an editor can change in place: add, edit, move up/down with buttons (no
 * drag needed), retire and restore. Outcomes, focus items, risks and section commentary all use it.
 */
export function TextListEditor({ title, noun, emptyText, entityType, items, ops, headingLevel = 2 }: Props) {
  const [status, setStatus] = useState("");
  const current = [...items].filter((i) => !i.retired).sort((a, b) => a.position - b.position);
  const retired = items.filter((i) => i.retired);
  const Heading = `h${headingLevel}` as const;
  const onFailed = (error: unknown) => setStatus(describeListFailure(error, noun));
  function move(index: number, delta: -1 | 1) {
    const ids = reorderedIds(
      current.map((i) => i.id),
      retired.map((i) => i.id),
      index,
      delta,
    );
    ops
      .reorder(ids)
      .then(() => setStatus(`Moved ${noun} ${index + 1} ${delta < 0 ? "up" : "down"}.`), onFailed);
  }
  return (
    <section aria-label={title} className="rounded-lg border border-line bg-surface p-4">
      <Heading className="text-lg font-semibold">{title}</Heading>
      <LiveStatus message={status} />
      {current.length === 0 ? <EmptyState title={emptyText} /> : null}
      <ol className="mt-2 space-y-2">
        {current.map((item, index) => (
          <TextItemEditor
            key={item.id}
            item={item}
            label={`${noun} ${index + 1}`}
            entityType={entityType}
            ops={ops}
            isFirst={index === 0}
            isLast={index === current.length - 1}
            onMove={(delta) => move(index, delta)}
            onChanged={setStatus}
            onFailed={onFailed}
          />
        ))}
      </ol>
      <div className="mt-3">
        <AddTextControl noun={noun} add={ops.add} onAdded={setStatus} />
      </div>
      {retired.length > 0 && ops.restore ? (
        <RetiredTextItems
          items={retired}
          restore={ops.restore}
          onRestored={() => setStatus(`Restored ${noun}.`)}
          onFailed={onFailed}
        />
      ) : null}
    </section>
  );
}
