import { GlossaryText } from "../../ui/GlossaryText";
import { useQuarter } from "./useQuarter";

/**
 * Last quarter's "PCC focus next quarter", beside this quarter's "Outcomes achieved": the list the
 * outcomes report against. Ticked off by writing an outcome, so it is a checklist to read, not a form.
 */
export function PreviousFocusList({
  items,
  period,
}: {
  items: readonly { id: string; text: string }[];
  period: string | undefined;
}) {
  const { quarter } = useQuarter(period);
  if (items.length === 0) return null;
  const from = quarter?.openedFrom?.label ?? "last quarter";
  return (
    <section
      aria-labelledby="previous-focus-heading"
      className="rounded-lg border border-dashed border-line bg-surface p-4"
    >
      <h2 id="previous-focus-heading" className="text-lg font-semibold">
        Last quarter's focus ({from})
      </h2>
      <p className="text-sm text-muted">Report against these in "Outcomes achieved".</p>
      <ul className="mt-2 space-y-2">
        {items.map((item) => (
          <li key={item.id} className="flex gap-2">
            <span aria-hidden="true">☐</span>
            <GlossaryText text={item.text} />
          </li>
        ))}
      </ul>
    </section>
  );
}
