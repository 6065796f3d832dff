import type { SetupStatusQuery } from "../../gql/graphql";
import { SETUP_STEPS } from "./setupSteps";

type Step = SetupStatusQuery["setupStatus"]["steps"][number];

/** The steps as a checklist: done or to do in words as well as a mark, each linking to its form. */
export function SetupChecklist({ steps }: { steps: readonly Step[] }) {
  return (
    <section aria-labelledby="setup-checklist" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="setup-checklist" className="text-lg font-semibold">
        Checklist
      </h2>
      <ol className="mt-2 grid gap-1">
        {steps.map((step) => (
          <li key={step.key}>
            <a
              href={`#step-${step.key.toLowerCase()}`}
              className="inline-flex min-h-11 flex-wrap items-center gap-2 text-link underline"
            >
              <span aria-hidden="true">{step.isDone ? "✓" : "○"}</span>
              <span>{SETUP_STEPS[step.key].title}</span>
              <span className="text-ink no-underline">
                {step.isDone
                  ? `done${step.detail ? `: ${step.detail}` : ""}`
                  : step.isRequired
                    ? "to do"
                    : "optional"}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
