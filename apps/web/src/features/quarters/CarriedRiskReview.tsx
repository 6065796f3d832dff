import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import type { RiskReviewDecision } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { inputClasses } from "../../ui/inputClasses";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { useCorrectionReason } from "../editing/useCorrectionReason";
import { useRefetchActive } from "../editing/useRefetchActive";
import { ReviewRiskMutation } from "./reviewRiskOp";

interface CarriedRisk {
  id: string;
  text: string;
  version: number;
}

/** Keep, change (with new words) or close one risk carried from last quarter. */
export function CarriedRiskReview({ risk }: { risk: CarriedRisk }) {
  const [review, { loading }] = useMutation(ReviewRiskMutation);
  const reason = useCorrectionReason();
  const refetch = useRefetchActive();
  const [isChanging, setChanging] = useState(false);
  const [text, setText] = useState(risk.text);
  const [message, setMessage] = useState("");
  const fieldId = useId();
  async function decide(decision: RiskReviewDecision) {
    try {
      const variables = { id: risk.id, expectedVersion: risk.version, review: decision, reason };
      const { data } = await review({
        variables: decision === "CHANGED" ? { ...variables, text } : variables,
      });
      const errors = data?.reviewRisk.errors ?? [];
      setMessage(errors.length ? `Not saved: ${errors.map((e) => e.message).join("; ")}` : "Saved.");
      if (errors.length === 0) refetch();
    } catch (error) {
      setMessage(describeSaveFailure(error));
    }
  }
  return (
    <li className="rounded border border-line p-3">
      <p>{risk.text}</p>
      {isChanging ? (
        <form
          className="mt-2"
          onSubmit={(event) => {
            event.preventDefault();
            void decide("CHANGED");
          }}
        >
          <label htmlFor={fieldId} className="block font-medium">
            New wording
          </label>
          <textarea
            id={fieldId}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className={inputClasses(false)}
          />
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" disabled={loading} className={buttonClasses.primary}>
              Save change
            </button>
            <button type="button" onClick={() => setChanging(false)} className={buttonClasses.quiet}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <fieldset className="mt-2 flex flex-wrap gap-2">
          <legend className="sr-only">Review: {risk.text}</legend>
          <button
            type="button"
            disabled={loading}
            onClick={() => void decide("KEPT")}
            className={buttonClasses.secondary}
          >
            Keep
          </button>
          <button
            type="button"
            disabled={loading}
            onClick={() => setChanging(true)}
            className={buttonClasses.quiet}
          >
            Change
          </button>
          <button
            type="button"
            disabled={loading}
            onClick={() => void decide("CLOSED")}
            className={buttonClasses.danger}
          >
            Close
          </button>
        </fieldset>
      )}
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {message}
      </p>
    </li>
  );
}
