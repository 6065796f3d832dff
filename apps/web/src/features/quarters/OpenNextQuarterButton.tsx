import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { buttonClasses } from "../../ui/buttonClasses";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { useRefetchActive } from "../editing/useRefetchActive";
import { OpenNextQuarterMutation } from "./quarterOps";

/** Opens the quarter after this one as a draft, then shows it (its code goes in the URL). */
export function OpenNextQuarterButton({ from }: { from: string }) {
  const [open, { loading }] = useMutation(OpenNextQuarterMutation);
  const [params, setParams] = useSearchParams();
  const refetch = useRefetchActive();
  const [message, setMessage] = useState("");
  async function run() {
    setMessage("Opening the next quarter…");
    try {
      const { data } = await open({ variables: { from } });
      const result = data?.openNextQuarter;
      if (!result?.quarter) {
        setMessage(`Not opened: ${result?.errors.map((e) => e.message).join("; ") ?? "no answer"}.`);
        return;
      }
      setMessage(`Opened ${result.quarter.label} as a draft.`);
      const next = new URLSearchParams(params);
      next.set("period", result.quarter.code);
      setParams(next);
      refetch();
    } catch (error) {
      setMessage(describeSaveFailure(error));
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" disabled={loading} onClick={() => void run()} className={buttonClasses.secondary}>
        Open next quarter
      </button>
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {message}
      </p>
    </div>
  );
}
