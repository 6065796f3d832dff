import type { FormEvent, ReactNode } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { LiveStatus } from "../../ui/LiveStatus";
import type { SetupErrors } from "./SetupErrors";

/**
 * One setup step's form: its fields, a submit button, the save's outcome read out politely, and any
 * error that names no field on the form (e.g. "the force is already set up") listed under it.
 */
export function StepForm({
  label,
  submitLabel,
  onSubmit,
  loading,
  status,
  errors,
  shownFields,
  children,
}: {
  label: string;
  submitLabel: string;
  onSubmit: () => void;
  loading: boolean;
  status: string;
  errors: SetupErrors;
  /** Field paths the form shows beside their inputs; the rest are listed under the form. */
  shownFields: readonly string[];
  children: ReactNode;
}) {
  const unplaced = errors.filter((e) => !shownFields.includes(e.field));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form aria-label={label} onSubmit={submit} noValidate className="mt-3 grid gap-3">
      <div className="grid gap-3 md:grid-cols-2">{children}</div>
      {unplaced.length ? (
        <ul className="text-sm font-medium text-fail">
          {unplaced.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <span aria-hidden="true">⚠ </span>
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={loading} className={buttonClasses.primary}>
          {submitLabel}
        </button>
        <LiveStatus message={status} />
      </div>
    </form>
  );
}
