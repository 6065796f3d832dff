import { useState } from "react";
import { graphql } from "../../gql";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const CreatePlan = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      plan { id title }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.title", "input.code", "input.startYear", "input.endYear"];

// A year that is not a number is sent as 0, so the API names the field rather than the form guessing.
const yearOf = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text) : 0);

/** Step 2: the Police and Crime Plan, its title and the years it runs. */
export function PlanStep() {
  const [title, setTitle] = useState("");
  const [code, setCode] = useState("");
  const [startYear, setStartYear] = useState("");
  const [endYear, setEndYear] = useState("");
  const { save, errors, status, loading } = useSetupSave(CreatePlan, (d) => d.createPlan.errors);
  const submit = () =>
    void save(
      { input: { title, code, startYear: yearOf(startYear), endYear: yearOf(endYear) } },
      `Saved ${title}.`,
    );
  return (
    <StepForm
      label="The plan"
      submitLabel="Save the plan"
      onSubmit={submit}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={FIELDS}
    >
      <TextField
        label="Plan title"
        value={title}
        onChange={setTitle}
        error={errorAt(errors, "input.title")}
      />
      <TextField
        label="Plan code"
        hint="For example pcp-2025-28."
        value={code}
        onChange={setCode}
        error={errorAt(errors, "input.code")}
      />
      <TextField
        label="First year"
        hint="For example 2025."
        value={startYear}
        onChange={setStartYear}
        error={errorAt(errors, "input.startYear")}
      />
      <TextField
        label="Last year"
        value={endYear}
        onChange={setEndYear}
        error={errorAt(errors, "input.endYear")}
      />
    </StepForm>
  );
}
