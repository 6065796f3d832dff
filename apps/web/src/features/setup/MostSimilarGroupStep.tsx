import { useState } from "react";
import { graphql } from "../../gql";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const DefineMostSimilarGroup = graphql(`
  mutation DefineMostSimilarGroup($input: DefineMostSimilarGroupInput!) {
    defineMostSimilarGroup(input: $input) {
      mostSimilarGroup { id label validFrom }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.publisher", "input.label", "input.validFrom", "input.members", "input.note"];

const codesOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((code) => code.trim())
    .filter(Boolean);

/** Step 5 (optional): a Most Similar Group as published; a later definition is a new version. */
export function MostSimilarGroupStep() {
  const [values, setValues] = useState({ publisher: "", label: "", validFrom: "", members: "", note: "" });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const { save, errors, status, loading } = useSetupSave(
    DefineMostSimilarGroup,
    (d) => d.defineMostSimilarGroup.errors,
  );
  const members = codesOf(values.members);
  // A member's own error ("input.members.1") is shown under the members box, naming the code.
  const memberError =
    errorAt(errors, "input.members") ?? errors.find((e) => e.field.startsWith("input.members."))?.message;
  const shown = [...FIELDS, ...members.map((_m, i) => `input.members.${i}`)];
  async function submit() {
    const input = { ...values, members, note: values.note || null };
    if (await save({ input }, `Recorded ${values.label}.`)) {
      setValues({ publisher: "", label: "", validFrom: "", members: "", note: "" });
    }
  }
  return (
    <StepForm
      label="Define a Most Similar Group"
      submitLabel="Record the group"
      onSubmit={() => void submit()}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={shown}
    >
      <TextField
        label="Publisher"
        hint="For example HMICFRS."
        value={values.publisher}
        onChange={set("publisher")}
        error={errorAt(errors, "input.publisher")}
      />
      <TextField
        label="Group name"
        value={values.label}
        onChange={set("label")}
        error={errorAt(errors, "input.label")}
      />
      <TextField
        label="Applies from"
        hint="A date, YYYY-MM-DD."
        value={values.validFrom}
        onChange={set("validFrom")}
        error={errorAt(errors, "input.validFrom")}
      />
      <TextField
        label="Member forces"
        hint="Comparator codes of the peer forces, separated by commas."
        value={values.members}
        onChange={set("members")}
        error={memberError}
      />
      <TextField
        label="Note"
        value={values.note}
        onChange={set("note")}
        error={errorAt(errors, "input.note")}
      />
    </StepForm>
  );
}
