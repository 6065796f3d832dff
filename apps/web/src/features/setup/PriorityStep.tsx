import { useState } from "react";
import { graphql } from "../../gql";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const AddPriority = graphql(`
  mutation AddPriority($input: AddPriorityInput!) {
    addPriority(input: $input) {
      priority { id number title }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.number", "input.title"];

/** Step 3: the plan's priorities, one at a time, numbered as the plan numbers them. */
export function PriorityStep({ nextNumber }: { nextNumber: number }) {
  const [number, setNumber] = useState("");
  const [title, setTitle] = useState("");
  const { save, errors, status, loading } = useSetupSave(AddPriority, (d) => d.addPriority.errors);
  const shownNumber = number || String(nextNumber);
  async function submit() {
    const parsed = /^\d{1,3}$/.test(shownNumber.trim()) ? Number(shownNumber) : 0;
    if (await save({ input: { number: parsed, title } }, `Added priority ${parsed}: ${title}.`)) {
      setNumber("");
      setTitle("");
    }
  }
  return (
    <StepForm
      label="Add a priority"
      submitLabel="Add the priority"
      onSubmit={() => void submit()}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={FIELDS}
    >
      <TextField
        label="Priority number"
        value={shownNumber}
        onChange={setNumber}
        error={errorAt(errors, "input.number")}
      />
      <TextField
        label="Priority title"
        value={title}
        onChange={setTitle}
        error={errorAt(errors, "input.title")}
      />
    </StepForm>
  );
}
