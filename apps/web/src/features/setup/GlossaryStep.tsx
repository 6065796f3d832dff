import { useState } from "react";
import { graphql } from "../../gql";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const AddGlossaryTerm = graphql(`
  mutation AddGlossaryTerm($input: GlossaryTermInput!) {
    addGlossaryTerm(input: $input) {
      term { acronym meaning }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.acronym", "input.meaning"];

/** Step 6 (optional): the acronyms the plan's readers will meet, each with its meaning. */
export function GlossaryStep() {
  const [acronym, setAcronym] = useState("");
  const [meaning, setMeaning] = useState("");
  const { save, errors, status, loading } = useSetupSave(AddGlossaryTerm, (d) => d.addGlossaryTerm.errors);
  async function submit() {
    if (await save({ input: { acronym, meaning } }, `Added ${acronym}.`)) {
      setAcronym("");
      setMeaning("");
    }
  }
  return (
    <StepForm
      label="Add a glossary term"
      submitLabel="Add the term"
      onSubmit={() => void submit()}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={FIELDS}
    >
      <TextField
        label="Acronym"
        value={acronym}
        onChange={setAcronym}
        error={errorAt(errors, "input.acronym")}
      />
      <TextField
        label="Meaning"
        value={meaning}
        onChange={setMeaning}
        error={errorAt(errors, "input.meaning")}
      />
    </StepForm>
  );
}
