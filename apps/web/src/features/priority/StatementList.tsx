import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";

/** Outcomes, PCC focus or risks as the report lists them. Each item has a stable id for edit controls. */
export function StatementList({
  title,
  statements,
  emptyText,
}: {
  title: string;
  statements: readonly { id: string; text: string }[];
  emptyText: string;
}) {
  return (
    <section aria-label={title} className="rounded-lg border border-line bg-surface p-4">
      <h2 className="text-lg font-semibold">{title}</h2>
      {statements.length === 0 ? (
        <div className="mt-2">
          <EmptyState title={emptyText} />
        </div>
      ) : (
        <ul className="mt-2 list-disc space-y-2 pl-5">
          {statements.map((s) => (
            <li key={s.id} data-statement-id={s.id}>
              <GlossaryText text={s.text} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
