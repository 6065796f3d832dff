import { useId } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import type { TextItem } from "./TextListOps";

type FieldErrors = readonly { field: string; message: string }[];

/** A list's retired items, folded away under "Retired (n)", each with a Restore button. */
export function RetiredTextItems({
  items,
  restore,
  onRestored,
  onFailed,
}: {
  items: readonly TextItem[];
  restore: (id: string, expectedVersion: number) => Promise<FieldErrors>;
  onRestored: () => void;
  onFailed: (error: unknown) => void;
}) {
  const headingId = useId();
  return (
    <details className="mt-3">
      <summary id={headingId} className="inline-flex min-h-11 cursor-pointer items-center text-link">
        Retired ({items.length})
      </summary>
      <ul aria-labelledby={headingId} className="mt-2 space-y-2">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-2 text-muted">
            <span className="flex-1">{item.text}</span>
            <button
              type="button"
              onClick={() => restore(item.id, item.version).then(onRestored, onFailed)}
              className={buttonClasses.quiet}
            >
              Restore<span className="sr-only">: {item.text.slice(0, 60)}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
