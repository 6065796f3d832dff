import { useId, useState } from "react";
import { graphql } from "../../gql";
import type { ScorecardKind } from "../../gql/graphql";
import { inputClasses } from "../../ui/inputClasses";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const CreateScorecard = graphql(`
  mutation CreateScorecard($input: CreateScorecardInput!) {
    createScorecard(input: $input) {
      scorecard { id title kind }
      errors { field message }
    }
  }
`);

const FIELDS = ["input.priorityNumber", "input.title"];

/** A scorecard for a priority: the place its sections and metrics will live. */
export function ScorecardForm({ priorities }: { priorities: readonly { number: number; title: string }[] }) {
  const id = useId();
  const [priorityNumber, setPriorityNumber] = useState(priorities[0]?.number ?? 1);
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<ScorecardKind>("FORCE");
  const { save, errors, status, loading } = useSetupSave(CreateScorecard, (d) => d.createScorecard.errors);
  async function submit() {
    if (await save({ input: { priorityNumber, title, kind } }, `Added the scorecard ${title}.`)) setTitle("");
  }
  const priorityError = errorAt(errors, "input.priorityNumber");
  return (
    <StepForm
      label="Add a scorecard"
      submitLabel="Add the scorecard"
      onSubmit={() => void submit()}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={FIELDS}
    >
      <div>
        <label htmlFor={`${id}-priority`} className="block font-medium">
          Scorecard for priority
        </label>
        <select
          id={`${id}-priority`}
          value={priorityNumber}
          onChange={(e) => setPriorityNumber(Number(e.target.value))}
          aria-invalid={priorityError ? true : undefined}
          className={inputClasses(Boolean(priorityError))}
        >
          {priorities.map((p) => (
            <option key={p.number} value={p.number}>
              {p.number}: {p.title}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Scorecard title"
        value={title}
        onChange={setTitle}
        error={errorAt(errors, "input.title")}
      />
      <div>
        <label htmlFor={`${id}-kind`} className="block font-medium">
          Kind of scorecard
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as ScorecardKind)}
          className={inputClasses(false)}
        >
          <option value="FORCE">The force&apos;s own figures</option>
          <option value="CJS">Criminal justice comparisons</option>
        </select>
      </div>
    </StepForm>
  );
}
