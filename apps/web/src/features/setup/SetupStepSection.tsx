import type { ReactNode } from "react";
import type { SetupStatusQuery } from "../../gql/graphql";
import { SETUP_STEPS } from "./setupSteps";

type Step = SetupStatusQuery["setupStatus"]["steps"][number];

/** One step's section: its number and title, what it is for, where it stands, then its form. */
export function SetupStepSection({
  step,
  position,
  children,
}: {
  step: Step;
  position: number;
  children: ReactNode;
}) {
  const id = `step-${step.key.toLowerCase()}`;
  const { title, purpose } = SETUP_STEPS[step.key];
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-6 rounded-lg border border-line p-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {position}. {title}
        {step.isRequired ? null : <span className="font-normal text-muted"> (optional)</span>}
      </h2>
      <p className="text-muted">{purpose}</p>
      <p className="mt-1 font-medium">{step.isDone ? `Done: ${step.detail ?? ""}` : "Not done yet."}</p>
      {children}
    </section>
  );
}
