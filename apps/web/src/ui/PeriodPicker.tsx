import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useSearchParams } from "react-router";
import { graphql } from "../gql";
import { periodLabel } from "./periodLabel";
import { pickerOptions } from "./pickerOptions";

export const PeriodPickerQuery = graphql(`
  query PeriodPicker {
    currentPeriod {
      id
      code
      label
    }
    reportingPeriods(kind: QUARTER) {
      id
      code
      label
      kind
      status
    }
  }
`);

/**
 * Chooses the reporting period, kept in the URL. Only the quarters a report was published for are
 * offered: a month of generated history is not a report. A link to a month (?period=2023-01) still
 * opens that month, and the picker shows it.
 */
export function PeriodPicker() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(PeriodPickerQuery);
  const periods = data?.reportingPeriods ?? [];
  const value = params.get("period") ?? data?.currentPeriod.code ?? "";
  // Drafts reach only editors and admins; they are marked so nobody takes one for the published report.
  const labelled = periods.map((p) => ({ code: p.code, label: periodLabel(p) }));
  const options = pickerOptions(labelled, value);
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
        {options.map((p) => (
          <option key={p.code} value={p.code}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
