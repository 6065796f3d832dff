import { useState } from "react";
import { graphql } from "../../gql";
import { buttonClasses } from "../../ui/buttonClasses";
import { TextField } from "../../ui/TextField";
import { errorAt } from "./errorAt";
import { StepForm } from "./StepForm";
import { useSetupSave } from "./useSetupSave";

const SetUpForce = graphql(`
  mutation SetUpForce($input: SetUpForceInput!) {
    setUpForce(input: $input) {
      force { id code name }
      errors { field message }
    }
  }
`);

const CODE_HINT = "Lower-case letters, digits and hyphens; it appears in links and exports.";

/** Step 1: the home force and its areas, the force-wide area first. */
export function ForceStep() {
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  // Each row keeps the key it was added with, so typing never moves focus to another row.
  const [areas, setAreas] = useState([
    { key: 0, code: "force", name: "" },
    { key: 1, code: "", name: "" },
  ]);
  const { save, errors, status, loading } = useSetupSave(SetUpForce, (d) => d.setUpForce.errors);
  const setArea = (index: number, field: "code" | "name", value: string) =>
    setAreas((all) => all.map((area, i) => (i === index ? { ...area, [field]: value } : area)));
  const shownFields = [
    "input.name",
    "input.code",
    ...areas.flatMap((_a, i) => [`input.areas.${i}.code`, `input.areas.${i}.name`]),
  ];
  const submit = () =>
    void save(
      {
        input: {
          name,
          code,
          areas: areas.filter((a) => a.code || a.name).map(({ code, name }) => ({ code, name })),
        },
      },
      `Saved ${name}.`,
    );
  return (
    <StepForm
      label="The force"
      submitLabel="Save the force"
      onSubmit={submit}
      loading={loading}
      status={status}
      errors={errors}
      shownFields={shownFields}
    >
      <TextField label="Force name" value={name} onChange={setName} error={errorAt(errors, "input.name")} />
      <TextField
        label="Force code"
        hint={CODE_HINT}
        value={code}
        onChange={setCode}
        error={errorAt(errors, "input.code")}
      />
      {areas.map((area, i) => (
        <fieldset key={area.key} className="rounded border border-line p-3 md:col-span-2">
          <legend className="px-1 font-medium">{i === 0 ? "Force-wide area" : `Area ${i + 1}`}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            <TextField
              label={i === 0 ? "Force-wide area name" : `Area ${i + 1} name`}
              value={area.name}
              onChange={(v) => setArea(i, "name", v)}
              error={errorAt(errors, `input.areas.${i}.name`)}
            />
            <TextField
              label={i === 0 ? "Force-wide area code" : `Area ${i + 1} code`}
              value={area.code}
              onChange={(v) => setArea(i, "code", v)}
              error={errorAt(errors, `input.areas.${i}.code`)}
            />
          </div>
        </fieldset>
      ))}
      <div className="md:col-span-2">
        <button
          type="button"
          className={buttonClasses.quiet}
          onClick={() => setAreas((all) => [...all, { key: all.length, code: "", name: "" }])}
        >
          Add another area
        </button>
      </div>
    </StepForm>
  );
}
