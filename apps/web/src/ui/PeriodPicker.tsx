import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useSearchParams } from "react-router";
import { graphql } from "../gql";

export const PeriodPickerQuery = graphql(`
  query PeriodPicker {
    currentPeriod {
      id
      code
      label
    }
    reportingPeriods {
      id
      code
      label
      kind
    }
  }
`);

/** Chooses the reporting period: the quarterly report ("March – May 23") or a month of data. Kept in the URL. */
export function PeriodPicker() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(PeriodPickerQuery);
  const periods = data?.reportingPeriods ?? [];
  const value = params.get("period") ?? data?.currentPeriod.code ?? "";
  const change = (code: string) => {
    const next = new URLSearchParams(params);
    next.set("period", code);
    setParams(next);
  };
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="font-medium">
        Reporting period
      </label>
      <select
        id={id}
        value={value}
        disabled={periods.length === 0}
        onChange={(event) => change(event.target.value)}
        className="min-h-11 rounded border border-line bg-white px-2 text-ink"
      >
        {periods.length === 0 ? <option value={value}>Loading periods…</option> : null}
        <optgroup label="Quarterly report">
          {periods
            .filter((p) => p.kind === "QUARTER")
            .map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
        </optgroup>
        <optgroup label="Monthly data">
          {periods
            .filter((p) => p.kind === "MONTH")
            .map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );
}
