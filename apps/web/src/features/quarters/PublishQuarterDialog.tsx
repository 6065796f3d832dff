import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { ModalDialog } from "../../ui/ModalDialog";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { useRefetchActive } from "../editing/useRefetchActive";
import { PublishQuarterMutation } from "./quarterOps";

type FieldErrors = readonly { field: string; message: string }[];

/** Asks an admin to confirm publishing; lists what stops it (risks awaiting review) if the server refuses. */
export function PublishQuarterDialog({
  quarter,
  onClose,
}: {
  quarter: { code: string; label: string; version: number };
  onClose: () => void;
}) {
  const [publish, { loading }] = useMutation(PublishQuarterMutation);
  const refetch = useRefetchActive();
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [failure, setFailure] = useState("");
  async function confirm() {
    setFailure("");
    try {
      const { data } = await publish({ variables: { period: quarter.code, version: quarter.version } });
      const refused = data?.publishQuarter.errors ?? [];
      setErrors(refused);
      if (refused.length === 0) {
        refetch();
        onClose();
      }
    } catch (error) {
      setFailure(describeSaveFailure(error));
    }
  }
  return (
    <ModalDialog title={`Publish ${quarter.label}?`} onClose={onClose} role="alertdialog">
      <p>
        Everyone, signed in or not, will see this quarter, and it becomes the report readers open first. Its
        records are then frozen: a later change is a correction, and needs a reason.
      </p>
      {errors.length > 0 ? (
        <div role="alert" className="mt-3 rounded border-2 border-fail bg-fail-soft p-3">
          <p className="font-semibold">Not published yet:</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((e) => (
              <li key={`${e.field}:${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="mt-3 text-fail">
          {failure}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={loading}
          onClick={() => void confirm()}
          className={buttonClasses.primary}
        >
          Publish quarter
        </button>
        <button type="button" onClick={onClose} className={buttonClasses.quiet}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
