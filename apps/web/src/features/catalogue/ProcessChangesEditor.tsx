import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import { buttonClasses } from "../../ui/buttonClasses";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { TextField } from "../../ui/TextField";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { CatalogueQuery } from "./CatalogueQuery";

const AddProcessChange = graphql(`
  mutation AddProcessChange($metricId: ID!, $month: String!, $label: String!, $expectedVersion: Int) {
    addProcessChange(metricId: $metricId, month: $month, label: $label, expectedVersion: $expectedVersion) {
      metric { id version }
      errors { field message }
    }
  }
`);

const RemoveProcessChange = graphql(`
  mutation RemoveProcessChange($metricId: ID!, $month: String!, $expectedVersion: Int) {
    removeProcessChange(metricId: $metricId, month: $month, expectedVersion: $expectedVersion) {
      metric { id version }
      errors { field message }
    }
  }
`);

type Errors = readonly { field: string; message: string }[];

/** A metric's declared process changes (each splits its control limits), with add and remove. */
export function ProcessChangesEditor({
  metric,
  onStatus,
}: {
  metric: {
    id: string;
    name: string;
    version: number;
    processChanges: readonly { month: string; label: string }[];
  };
  onStatus: (message: string) => void;
}) {
  const [month, setMonth] = useState("");
  const [label, setLabel] = useState("");
  const [errors, setErrors] = useState<Errors>([]);
  const options = { refetchQueries: [CatalogueQuery], awaitRefetchQueries: true };
  const [add, { loading: adding }] = useMutation(AddProcessChange, options);
  const [remove, { loading: removing }] = useMutation(RemoveProcessChange, options);
  async function onAdd() {
    try {
      const result = await add({
        variables: { metricId: metric.id, month, label, expectedVersion: metric.version },
      });
      const found = result.data?.addProcessChange.errors ?? [];
      setErrors(found);
      onStatus(
        found.length
          ? "Process change not added: check the fields marked with a warning."
          : `Added the process change at ${month}.`,
      );
      if (found.length === 0) {
        setMonth("");
        setLabel("");
      }
    } catch (e) {
      onStatus(describeSaveFailure(e));
    }
  }
  async function onRemove(at: string) {
    try {
      const result = await remove({
        variables: { metricId: metric.id, month: at, expectedVersion: metric.version },
      });
      const found = result.data?.removeProcessChange.errors ?? [];
      onStatus(
        found.length
          ? found.map((e) => e.message).join(" ")
          : `Removed the process change at ${monthLabel(at)}.`,
      );
    } catch (e) {
      onStatus(describeSaveFailure(e));
    }
  }
  return (
    <section aria-labelledby="process-changes" className="mt-6">
      <h3 id="process-changes" className="text-lg font-semibold">
        Process changes
      </h3>
      <p className="text-sm text-muted">Control limits are recalculated from each month listed.</p>
      {metric.processChanges.length === 0 ? (
        <p className="mt-2">None declared.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {metric.processChanges.map((change) => (
            <li key={change.month} className="flex flex-wrap items-center gap-3">
              <span>
                <strong>{monthLabel(change.month)}</strong>: {change.label}
              </span>
              <button
                type="button"
                disabled={removing}
                onClick={() => void onRemove(change.month)}
                aria-label={`Remove the process change at ${monthLabel(change.month)}`}
                className={buttonClasses.danger}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label="Add a process change"
        noValidate
        className="mt-3 grid gap-3 md:grid-cols-[12rem_1fr_auto] md:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd();
        }}
      >
        <TextField
          label="Month"
          value={month}
          onChange={setMonth}
          hint="e.g. Sep-22 or 2022-09"
          error={fieldErrorFor(errors, "month")}
        />
        <TextField
          label="Reason"
          value={label}
          onChange={setLabel}
          hint="e.g. New 101 operating model"
          error={fieldErrorFor(errors, "label")}
        />
        <button type="submit" disabled={adding} className={buttonClasses.secondary}>
          Add process change
        </button>
      </form>
    </section>
  );
}
