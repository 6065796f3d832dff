import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../gql";
import type { MetricDefinitionInput } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { LiveStatus } from "../../ui/LiveStatus";
import { TextField } from "../../ui/TextField";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { CatalogueQuery } from "./CatalogueQuery";
import { MetricFields } from "./MetricFields";
import { metricFormValues } from "./metricFormValues";
import { toMetricInput } from "./toMetricInput";

const CreateMetric = graphql(`
  mutation CreateMetric($id: ID!, $input: MetricDefinitionInput!) {
    createMetric(id: $id, input: $input) {
      metric { id version }
      errors { field message }
    }
  }
`);

type Errors = readonly { field: string; message: string }[];

/** Adds a metric to the catalogue; `onCreated` gets its id so the page can open it. */
export function CreateMetricForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [id, setId] = useState("");
  const [values, setValues] = useState(() => metricFormValues(null));
  const [errors, setErrors] = useState<Errors>([]);
  const [status, setStatus] = useState("");
  const [create, { loading }] = useMutation(CreateMetric, {
    refetchQueries: [CatalogueQuery],
    awaitRefetchQueries: true,
  });
  async function submit() {
    const { input, errors: unreadable } = toMetricInput(values);
    if (unreadable.length > 0) {
      setErrors(unreadable);
      setStatus("Not created: check the fields marked with a warning.");
      return;
    }
    try {
      const result = await create({ variables: { id: id.trim(), input: input as MetricDefinitionInput } });
      const found = result.data?.createMetric.errors ?? [];
      setErrors(found);
      setStatus(
        found.length ? "Not created: check the fields marked with a warning." : `Created ${id.trim()}.`,
      );
      if (found.length === 0) onCreated(id.trim());
    } catch (e) {
      setStatus(describeSaveFailure(e));
    }
  }
  return (
    <form
      aria-label="New metric"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="mb-3">
        <TextField
          label="Id"
          value={id}
          onChange={setId}
          hint="Its stable address: lower-case words joined by hyphens, e.g. repeat-victims-rate."
          error={fieldErrorFor(errors, "id")}
        />
      </div>
      <MetricFields
        values={values}
        errors={errors}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
      />
      <LiveStatus message={status} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={loading} className={buttonClasses.primary}>
          Create metric
        </button>
        <button type="button" onClick={onCancel} className={buttonClasses.quiet}>
          Cancel
        </button>
      </div>
    </form>
  );
}
