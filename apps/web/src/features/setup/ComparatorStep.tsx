import { useId, useState } from "react";
import { graphql } from "../../gql";
import type { ComparatorKind } from "../../gql/graphql";
import { inputClasses } from "../../ui/inputClasses";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const AddComparator = graphql(`
  mutation AddComparator($input: AddComparatorInput!) {
    addComparator(input: $input) {
      comparator { id code name kind }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.name", "input.code", "input.population", "input.populationYear"];

// Blank is "not given"; anything else that is not a whole number goes as -1, for the API to name.
const countOf = (text: string) => (text.trim() === "" ? null : /^\d+$/.test(text.trim()) ? Number(text) : -1);

/** Step 4 (optional): peer forces, the Most Similar Group average and the national figure. */
export function ComparatorStep() {
  const id = useId();
  const [values, setValues] = useState({ name: "", code: "", population: "", populationYear: "" });
  const [kind, setKind] = useState<ComparatorKind>("FORCE");
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const { save, errors, status, loading } = useSetupSave(AddComparator, (d) => d.addComparator.errors);
  async function submit() {
    const input = {
      name: values.name,
      code: values.code,
      kind,
      population: countOf(values.population),
      populationYear: countOf(values.populationYear),
    };
    if (await save({ input }, `Added ${values.name}.`)) {
      setValues({ name: "", code: "", population: "", populationYear: "" });
    }
  }
  return (
    <StepForm
      label="Add a comparator"
      submitLabel="Add the comparator"
      onSubmit={() => void submit()}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={FIELDS}
    >
      <TextField
        label="Comparator name"
        value={values.name}
        onChange={set("name")}
        error={errorAt(errors, "input.name")}
      />
      <TextField
        label="Comparator code"
        value={values.code}
        onChange={set("code")}
        error={errorAt(errors, "input.code")}
      />
      <div>
        <label htmlFor={`${id}-kind`} className="block font-medium">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as ComparatorKind)}
          className={inputClasses(false)}
        >
          <option value="FORCE">A peer force</option>
          <option value="MSG_AVERAGE">Most Similar Group average</option>
          <option value="NATIONAL">National figure</option>
        </select>
      </div>
      <TextField
        label="Population"
        hint="Residents; weights the group averages. Optional."
        value={values.population}
        onChange={set("population")}
        error={errorAt(errors, "input.population")}
      />
      <TextField
        label="Population year"
        value={values.populationYear}
        onChange={set("populationYear")}
        error={errorAt(errors, "input.populationYear")}
      />
    </StepForm>
  );
}
