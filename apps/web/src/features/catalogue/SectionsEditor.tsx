import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { TextField } from "../../ui/TextField";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { SectionEditor } from "./SectionEditor";
import { SelectField } from "./SelectField";
import { useSectionWrites } from "./useSectionWrites";

type MetricName = { id: string; name: string };
type Scorecard = {
  id: string;
  title: string;
  sections: readonly { id: string; title: string; metrics: readonly MetricName[] }[];
};

function NewSectionForm({ scorecard, onStatus }: { scorecard: Scorecard; onStatus: (m: string) => void }) {
  const writes = useSectionWrites();
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void writes
          .create(scorecard.id, title)
          .then((found) => {
            setErrors(found);
            onStatus(
              found.length ? "Section not added: check the title." : `Added the section ${title.trim()}.`,
            );
            if (found.length === 0) setTitle("");
          })
          .catch((error) => onStatus(describeSaveFailure(error)));
      }}
    >
      <div className="min-w-64 flex-1">
        <TextField
          label={`New section in ${scorecard.title}`}
          value={title}
          onChange={setTitle}
          error={fieldErrorFor(errors, "title")}
        />
      </div>
      <button type="submit" disabled={writes.busy} className={buttonClasses.secondary}>
        Add section
      </button>
    </form>
  );
}

/** Every priority's scorecards and their sections, each with its metrics in order. */
export function SectionsEditor({
  priorities,
  metrics,
  onStatus,
}: {
  priorities: readonly { number: number; title: string; scorecards: readonly Scorecard[] }[];
  metrics: readonly MetricName[];
  onStatus: (message: string) => void;
}) {
  const writes = useSectionWrites();
  const [shown, setShown] = useState(String(priorities[0]?.number ?? ""));
  const priority = priorities.find((p) => String(p.number) === shown);
  return (
    <section aria-labelledby="sections" className="mt-8">
      <h2 id="sections" className="text-xl font-semibold">
        Scorecard sections
      </h2>
      {priorities.length === 0 ? (
        <p className="mt-2">No priorities yet: sections belong to a priority's scorecards.</p>
      ) : (
        <div className="mt-2 max-w-md">
          <SelectField
            label="Priority whose sections to arrange"
            value={shown}
            onChange={setShown}
            options={priorities.map((p) => [String(p.number), `Priority ${p.number}: ${p.title}`] as const)}
          />
        </div>
      )}
      {priority ? (
        <div className="mt-4">
          <h3 className="text-lg font-semibold">
            Priority {priority.number}: {priority.title}
          </h3>
          {priority.scorecards.map((scorecard) => (
            <div key={scorecard.id} className="mt-2 space-y-3">
              <h4 className="font-semibold">{scorecard.title}</h4>
              {scorecard.sections.map((section) => (
                <SectionEditor
                  key={section.id}
                  section={section}
                  candidates={metrics}
                  writes={writes}
                  onStatus={onStatus}
                />
              ))}
              <NewSectionForm scorecard={scorecard} onStatus={onStatus} />
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
