import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";
import { useViewer } from "../auth/useViewer";

/** The generated narrative in the report's register; drafts are marked so no one mistakes them for agreed text. */
export function NarrativeList({
  sentences,
}: {
  sentences: readonly { key: string; text: string; status: string }[];
}) {
  // An editor viewing as a reader sees what readers see: agreed sentences, never drafts.
  const { isViewingAsReader } = useViewer();
  const shown = isViewingAsReader ? sentences.filter((s) => s.status !== "DRAFT") : sentences;
  if (shown.length === 0) return <EmptyState title="No narrative for this period" />;
  return (
    <ul className="list-disc space-y-2 pl-5">
      {shown.map((s) => (
        <li key={s.key} data-narrative-key={s.key}>
          <GlossaryText text={s.text} />
          {s.status === "DRAFT" ? (
            <span className="ml-2 rounded bg-neutral-soft px-1 text-sm text-muted">Draft</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
