import { type FormEvent, useId } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { FieldMessage } from "../../ui/FieldMessage";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { inputClasses } from "../../ui/inputClasses";

type Errors = readonly { field: string; message: string }[];

/** One credential box, left to the browser (name and autocomplete let password managers fill it). */
function CredentialField({
  name,
  label,
  type,
  autoComplete,
  error,
}: {
  name: string;
  label: string;
  type: "email" | "password";
  autoComplete: string;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClasses(Boolean(error))}
      />
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}

/** Email and password, each with its own error from the last attempt. */
export function SignInForm({
  errors,
  loading,
  onSignIn,
}: {
  errors: Errors;
  loading: boolean;
  onSignIn: (email: string, password: string) => void;
}) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSignIn(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-4">
      <CredentialField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        error={fieldErrorFor(errors, "email")}
      />
      <CredentialField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={fieldErrorFor(errors, "password")}
      />
      <button type="submit" disabled={loading} className={buttonClasses.primary}>
        {loading ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
