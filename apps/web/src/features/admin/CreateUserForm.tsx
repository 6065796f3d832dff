import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { graphql } from "../../gql";
import type { Role } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { FieldMessage } from "../../ui/FieldMessage";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { inputClasses } from "../../ui/inputClasses";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { UsersQuery } from "./UsersQuery";

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id email name role isActive version }
      errors { field message }
    }
  }
`);

type Errors = readonly { field: string; message: string }[];

function Field({
  id,
  name,
  label,
  type = "text",
  hint,
  errors,
  autoComplete,
}: {
  id: string;
  name: string;
  label: string;
  type?: string;
  hint?: string;
  errors: Errors;
  autoComplete?: string;
}) {
  const error = fieldErrorFor(errors, name);
  const describedBy = [error ? `${id}-${name}-error` : "", hint ? `${id}-${name}-hint` : ""].join(" ").trim();
  return (
    <div>
      <label htmlFor={`${id}-${name}`} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputClasses(Boolean(error))}
      />
      <FieldMessage id={`${id}-${name}-error`} message={error} />
    </div>
  );
}

/** Creates a user with email, name, role and a first password (at least 12 characters: schema). */
export function CreateUserForm({ onStatus }: { onStatus: (message: string) => void }) {
  const id = useId();
  const [errors, setErrors] = useState<Errors>([]);
  const [create, { loading }] = useMutation(CreateUser, { refetchQueries: [UsersQuery] });
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      email: String(data.get("email") ?? ""),
      name: String(data.get("name") ?? ""),
      role: String(data.get("role") ?? "VIEWER") as Role,
      password: String(data.get("password") ?? ""),
    };
    try {
      const result = await create({ variables: { input } });
      const found = result.data?.createUser.errors ?? [];
      setErrors(found);
      onStatus(
        found.length
          ? "User not created: check the fields marked with a warning."
          : `Created ${input.email}.`,
      );
      if (found.length === 0) form.reset();
    } catch (e) {
      onStatus(describeSaveFailure(e));
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      <Field id={id} name="email" label="Email" type="email" errors={errors} autoComplete="off" />
      <Field id={id} name="name" label="Name" errors={errors} autoComplete="off" />
      <div>
        <label htmlFor={`${id}-role`} className="block font-medium">
          Role
        </label>
        <select id={`${id}-role`} name="role" defaultValue="VIEWER" className={inputClasses(false)}>
          <option value="VIEWER">Viewer: reads the scorecard</option>
          <option value="EDITOR">Editor: also changes it</option>
          <option value="ADMIN">Admin: also manages users</option>
        </select>
      </div>
      <Field
        id={id}
        name="password"
        label="First password"
        type="password"
        hint="At least 12 characters."
        errors={errors}
        autoComplete="new-password"
      />
      <div className="md:col-span-2">
        <button type="submit" disabled={loading} className={buttonClasses.primary}>
          Create user
        </button>
      </div>
    </form>
  );
}
