import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { TextField } from "../../ui/TextField";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { moveItem } from "./moveItem";
import { SelectField } from "./SelectField";
import type { SectionWrites } from "./useSectionWrites";

type Errors = { field: string; message: string }[];
type MetricName = { id: string; name: string };

/**
 * One section: its title, and its metrics in order with Move up, Move down and Remove buttons
 * (keyboard and touch alike, no dragging), and a metric to add at the end.
 */
export function SectionEditor({
  section,
  candidates,
  writes,
  onStatus,
}: {
  section: { id: string; title: string; metrics: readonly MetricName[] };
  candidates: readonly MetricName[];
  writes: SectionWrites;
  onStatus: (message: string) => void;
}) {
  const [title, setTitle] = useState(section.title);
  const [toAdd, setToAdd] = useState("");
  const [errors, setErrors] = useState<Errors>([]);
  const ids = section.metrics.map((m) => m.id);
  const addable = candidates.filter((m) => !ids.includes(m.id));

  async function run(write: () => Promise<Errors>, done: string, focusId?: string) {
    try {
      const found = await write();
      setErrors(found);
      onStatus(found.length ? found.map((e) => e.message).join(" ") : done);
      // The moved row re-renders in its new place; keep the keyboard where the person was.
      if (found.length === 0 && focusId)
        requestAnimationFrame(() => document.getElementById(focusId)?.focus());
    } catch (e) {
      onStatus(describeSaveFailure(e));
    }
  }
  const move = (index: number, step: -1 | 1) => {
    const metric = section.metrics[index]!;
    const edge = index + step === 0 || index + step === ids.length - 1;
    const direction = step < 0 ? "up" : "down";
    const keep = edge ? (step < 0 ? "down" : "up") : direction;
    void run(
      () => writes.setMetrics(section.id, moveItem(ids, index, step)),
      `Moved ${metric.name} ${direction} to place ${index + step + 1} in ${section.title}.`,
      `move-${keep}-${section.id}-${metric.id}`,
    );
  };

  return (
    <section aria-label={`Section ${section.title}`} className="rounded border border-line p-3">
      <form
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => writes.rename(section.id, title), `Renamed the section to ${title.trim()}.`);
        }}
      >
        <div className="min-w-64 flex-1">
          <TextField
            label="Section title"
            value={title}
            onChange={setTitle}
            error={fieldErrorFor(errors, "title")}
          />
        </div>
        <button
          type="submit"
          disabled={writes.busy || title.trim() === section.title}
          className={buttonClasses.quiet}
        >
          Rename
        </button>
      </form>
      {section.metrics.length === 0 ? (
        <p className="mt-2">No metrics in this section yet.</p>
      ) : (
        <ol className="mt-2 space-y-1" aria-label={`Metrics in ${section.title}, in order`}>
          {section.metrics.map((metric, index) => (
            <li key={metric.id} className="flex flex-wrap items-center gap-2">
              <span className="min-w-48 flex-1">
                {index + 1}. {metric.name}
              </span>
              <button
                id={`move-up-${section.id}-${metric.id}`}
                type="button"
                disabled={writes.busy || index === 0}
                onClick={() => move(index, -1)}
                aria-label={`Move up ${metric.name}`}
                className={buttonClasses.quiet}
              >
                Move up
              </button>
              <button
                id={`move-down-${section.id}-${metric.id}`}
                type="button"
                disabled={writes.busy || index === section.metrics.length - 1}
                onClick={() => move(index, 1)}
                aria-label={`Move down ${metric.name}`}
                className={buttonClasses.quiet}
              >
                Move down
              </button>
              <button
                type="button"
                disabled={writes.busy}
                onClick={() =>
                  void run(
                    () =>
                      writes.setMetrics(
                        section.id,
                        ids.filter((id) => id !== metric.id),
                      ),
                    `Removed ${metric.name} from ${section.title}.`,
                  )
                }
                aria-label={`Remove ${metric.name}`}
                className={buttonClasses.danger}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {addable.length > 0 ? (
        <form
          noValidate
          className="mt-2 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const metric = addable.find((m) => m.id === toAdd);
            if (!metric) return onStatus("Choose a metric to add first.");
            setToAdd("");
            void run(
              () => writes.setMetrics(section.id, [...ids, metric.id]),
              `Added ${metric.name} to ${section.title}.`,
            );
          }}
        >
          <div className="min-w-64 flex-1">
            <SelectField
              label={`Metric to add to ${section.title}`}
              value={toAdd}
              onChange={setToAdd}
              options={[["", "Choose a metric"], ...addable.map((m) => [m.id, m.name] as const)]}
              error={fieldErrorFor(errors, "metricIds")}
            />
          </div>
          <button type="submit" disabled={writes.busy} className={buttonClasses.secondary}>
            Add to section
          </button>
        </form>
      ) : null}
    </section>
  );
}
