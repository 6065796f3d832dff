import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import type { SetupStatusQuery as SetupStatusData, SetupStepKey } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { RequireRole } from "../auth/RequireRole";
import { formForStep } from "./formForStep";
import { PriorityList } from "./PriorityList";
import { ScorecardForm } from "./ScorecardForm";
import { SetupChecklist } from "./SetupChecklist";
import { SetupStatusQuery } from "./SetupStatusQuery";
import { SetupStepSection } from "./SetupStepSection";

type Step = SetupStatusData["setupStatus"]["steps"][number];

// Steps done once (a second force, plan or first quarter is refused) show what was saved, not a form.
const ONCE_ONLY: ReadonlySet<SetupStepKey> = new Set(["FORCE", "PLAN", "FIRST_QUARTER"]);

function SetupSteps() {
  const { data, loading, error, refetch } = useQuery(SetupStatusQuery);
  if (loading && !data) return <LoadingState what="the setup checklist" />;
  if (error || !data)
    return <ErrorState what="the setup checklist" error={error} onRetry={() => void refetch()} />;
  const { setupStatus, priorities } = data;
  const nextNumber = Math.max(0, ...priorities.map((p) => p.number)) + 1;
  const showForm = (step: Step) => !(step.isDone && ONCE_ONLY.has(step.key));
  return (
    <>
      <SetupChecklist steps={setupStatus.steps} />
      {setupStatus.isComplete ? (
        <p role="note" className="mt-4 rounded-lg border border-line bg-surface p-4">
          Every required step is done. The first quarter stays a draft, unseen by readers, until it is
          published.{" "}
          {setupStatus.firstQuarter && priorities[0] ? (
            <Link
              to={`/priorities/${priorities[0].number}?period=${setupStatus.firstQuarter.code}`}
              className="inline-flex min-h-11 items-center text-link underline"
            >
              Write and publish {setupStatus.firstQuarter.label}
            </Link>
          ) : null}
        </p>
      ) : null}
      {setupStatus.steps.map((step, i) => (
        <SetupStepSection key={step.key} step={step} position={i + 1}>
          {step.key === "PRIORITIES" ? <PriorityList priorities={priorities} /> : null}
          {showForm(step) ? formForStep(step.key, nextNumber) : null}
          {step.key === "PRIORITIES" && priorities.length ? <ScorecardForm priorities={priorities} /> : null}
        </SetupStepSection>
      ))}
    </>
  );
}

/** First-run setup for an admin: the force, the plan and its priorities, what it is compared with, the first quarter. */
export function SetupPage() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Set up the scorecard</h1>
      <p className="mt-2 max-w-3xl text-muted">
        A new scorecard starts empty. Work through the steps below; the optional ones can wait.
      </p>
      <div className="mt-4">
        <RequireRole
          atLeast="ADMIN"
          fallback={
            <EmptyState title="Only an admin can set the scorecard up.">
              <Link
                to="/sign-in?next=/setup"
                className="inline-flex min-h-11 items-center text-link underline"
              >
                Sign in as an admin
              </Link>
            </EmptyState>
          }
        >
          <SetupSteps />
        </RequireRole>
      </div>
    </Layout>
  );
}
