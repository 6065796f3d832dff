import { useState } from "react";
import { graphql } from "../../gql";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const OpenFirstQuarter = graphql(`
  mutation OpenFirstQuarter($input: OpenFirstQuarterInput!) {
    openFirstQuarter(input: $input) {
      quarter { id code label }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.startMonth", "input.dataMonth"];

/** Step 7: the plan's first reporting quarter, opened as a draft that readers do not see. */
export function FirstQuarterStep() {
  const [startMonth, setStartMonth] = useState("");
  const [dataMonth, setDataMonth] = useState("");
  const { save, errors, status, loading } = useSetupSave(OpenFirstQuarter, (d) => d.openFirstQuarter.errors);
  const submit = () =>
    void save({ input: { startMonth, dataMonth } }, "Opened the first quarter as a draft.");
  return (
    <StepForm
      label="Open the first quarter"
      submitLabel="Open the quarter"
      onSubmit={submit}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={FIELDS}
    >
      <TextField
        label="First month of the quarter"
        hint="YYYY-MM: 2025-06 opens June – Aug 25."
        value={startMonth}
        onChange={setStartMonth}
        error={errorAt(errors, "input.startMonth")}
      />
      <TextField
        label="Month of data it reports on"
        hint="YYYY-MM, usually a month or two before the quarter ends."
        value={dataMonth}
        onChange={setDataMonth}
        error={errorAt(errors, "input.dataMonth")}
      />
    </StepForm>
  );
}
