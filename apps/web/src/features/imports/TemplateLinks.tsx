import { useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { ImportScorecardsQuery } from "./ImportScorecardsQuery";

/** Pick a scorecard, then download a template for it: one row per metric, dated the month to load. */
export function TemplateLinks() {
  const { data, loading, error } = useQuery(ImportScorecardsQuery);
  const [scorecardId, setScorecardId] = useState("");
  const selectId = useId();
  if (loading) return <p className="text-muted">Loading scorecards…</p>;
  if (error) return <p className="text-fail">Could not load the scorecards for templates.</p>;
  const priorities = data?.priorities ?? [];
  if (priorities.every((priority) => priority.scorecards.length === 0)) {
    return <p className="text-muted">No scorecards yet, so there is no template to download.</p>;
  }
  const chosen = scorecardId || priorities.flatMap((priority) => priority.scorecards)[0]?.id || "";
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={selectId} className="block font-medium">
          Scorecard
        </label>
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => setScorecardId(event.target.value)}
          className="min-h-11 rounded border border-muted bg-surface px-3"
        >
          {priorities.map((priority) => (
            <optgroup key={priority.id} label={`Priority ${priority.number}: ${priority.title}`}>
              {priority.scorecards.map((scorecard) => (
                // The priority in the option itself: a closed select shows only the option, and every
                // priority's force scorecard is titled "Score card" as in the report.
                <option key={scorecard.id} value={scorecard.id}>
                  {`Priority ${priority.number}: ${scorecard.title}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <a
        className="inline-flex min-h-11 items-center text-link underline"
        href={`/api/imports/template?scorecard=${chosen}`}
        download
      >
        Observations template (CSV)
      </a>
      <a
        className="inline-flex min-h-11 items-center text-link underline"
        href={`/api/imports/template?scorecard=${chosen}&kind=benchmarks`}
        download
      >
        Benchmarks template (CSV)
      </a>
    </div>
  );
}
