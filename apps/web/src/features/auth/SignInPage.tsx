import { type FormEvent, useId, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { buttonClasses } from "../../ui/buttonClasses";
import { FieldMessage } from "../../ui/FieldMessage";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { inputClasses } from "../../ui/inputClasses";
import { Layout } from "../../ui/Layout";
import { safeReturnPath } from "./safeReturnPath";
import { useSignIn } from "./useSignIn";

type Errors = readonly { field: string; message: string }[];

/** Email and password form; on success goes back to the page the person came from (?next=). */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn, loading } = useSignIn();
  const [errors, setErrors] = useState<Errors>([]);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found = await signIn(String(form.get("email") ?? ""), String(form.get("password") ?? "")).catch(
      () => [{ field: "", message: "Could not reach the server. Try again." }],
    );
    setErrors(found);
    if (found.length === 0) navigate(safeReturnPath(params.get("next")), { replace: true });
  }

  // Wrong credentials come back as one error that does not say which part was wrong (schema: signIn).
  const general = errors.filter((e) => !["email", "password"].includes(e.field.split(".").at(-1) ?? ""));
  const emailError = fieldErrorFor(errors, "email");
  const passwordError = fieldErrorFor(errors, "password");
  return (
    <Layout>
      <div className="mx-auto max-w-md rounded-lg border border-line bg-surface p-6">
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-muted">Editors and admins sign in to keep the scorecard up to date.</p>
        <div role="alert" className="mt-3">
          {general.length > 0 ? (
            <p className="rounded border-2 border-fail bg-fail-soft p-3 font-medium">
              {general.map((e) => e.message).join(" ")}
            </p>
          ) : null}
        </div>
        <form onSubmit={onSubmit} noValidate className="mt-2 space-y-4">
          <div>
            <label htmlFor={`${id}-email`} className="block font-medium">
              Email
            </label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="username"
              required
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
              className={inputClasses(Boolean(emailError))}
            />
            <FieldMessage id={`${id}-email-error`} message={emailError} />
          </div>
          <div>
            <label htmlFor={`${id}-password`} className="block font-medium">
              Password
            </label>
            <input
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? `${id}-password-error` : undefined}
              className={inputClasses(Boolean(passwordError))}
            />
            <FieldMessage id={`${id}-password-error`} message={passwordError} />
          </div>
          <button type="submit" disabled={loading} className={buttonClasses.primary}>
            {loading ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </div>
    </Layout>
  );
}
