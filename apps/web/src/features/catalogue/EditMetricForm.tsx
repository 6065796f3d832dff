import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../gql";
import type { MetricDefinitionInput } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { LiveStatus } from "../../ui/LiveStatus";
import { SaveConflictDialog } from "../editing/SaveConflictDialog";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";
import { useVersionedSave } from "../editing/useVersionedSave";
import { CatalogueQuery } from "./CatalogueQuery";
import { METRIC_FIELDS } from "./METRIC_FIELDS";
import { MetricFields } from "./MetricFields";
import { metricFormValues } from "./metricFormValues";
import { toMetricInput } from "./toMetricInput";

const UpdateMetric = graphql(`
  mutation UpdateMetric($id: ID!, $input: MetricDefinitionInput!, $expectedVersion: Int!) {
    updateMetric(id: $id, input: $input, expectedVersion: $expectedVersion) {
      metric { id version }
      errors { field message }
    }
  }
`);

const CONFLICT_FIELDS = METRIC_FIELDS.map((f) => ({ key: f.key, label: f.label }));

/** Edits a metric's definition against the version loaded; someone else's newer save opens the choice. */
export function EditMetricForm({
  metric,
  onSaved,
}: {
  metric: Record<string, unknown> & { id: string; version: number; name: string };
  onSaved: (message: string) => void;
}) {
  const loaded = metricFormValues(metric);
  const [values, setValues] = useState(loaded);
  const [update] = useMutation(UpdateMetric, { refetchQueries: [CatalogueQuery], awaitRefetchQueries: true });
  const save = useVersionedSave(
    { values: loaded, version: metric.version },
    async (changed, expectedVersion) => {
      const { input, errors } = toMetricInput(changed);
      if (errors.length > 0) return errors;
      const result = await update({
        variables: { id: metric.id, input: input as MetricDefinitionInput, expectedVersion },
      });
      return result.data?.updateMetric.errors ?? [];
    },
    () => onSaved(`Saved the definition of ${metric.name}.`),
  );
  const isDirty = METRIC_FIELDS.some((f) => String(values[f.key] ?? "") !== String(save.base[f.key] ?? ""));
  useUnsavedChangesGuard(isDirty && !save.saving);
  return (
    <form
      aria-label={`Definition of ${metric.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit(values);
      }}
    >
      <MetricFields
        values={values}
        errors={save.fieldErrors}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
      />
      <LiveStatus message={save.status} />
      <button type="submit" disabled={save.saving} className={buttonClasses.primary}>
        Save definition
      </button>
      <SaveConflictDialog save={save} fields={CONFLICT_FIELDS} mergeField="description" />
    </form>
  );
}
