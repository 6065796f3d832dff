import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { Layout } from "../../ui/Layout";
import { SignInForm } from "./SignInForm";
import { safeReturnPath } from "./safeReturnPath";
import { useSignIn } from "./useSignIn";

type Errors = readonly { field: string; message: string }[];

/** Email and password form; on success goes back to the page the person came from (?next=). */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn, loading } = useSignIn();
  const [errors, setErrors] = useState<Errors>([]);

  async function onSignIn(email: string, password: string) {
    const found = await signIn(email, password).catch(() => [
      { field: "", message: "Could not reach the server. Try again." },
    ]);
    setErrors(found);
    if (found.length === 0) navigate(safeReturnPath(params.get("next")), { replace: true });
  }

  // Wrong credentials come back as one error that does not say which part was wrong (schema: signIn).
  const general = errors.filter((e) => !["email", "password"].includes(e.field.split(".").at(-1) ?? ""));
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
        <SignInForm
          errors={errors}
          loading={loading}
          onSignIn={(email, password) => void onSignIn(email, password)}
        />
      </div>
    </Layout>
  );
}
