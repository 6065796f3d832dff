/** A metric's saved definition versions and who changed what, newest first. */
export function DefinitionHistory({
  definitions,
  history,
}: {
  definitions: readonly { version: number; createdAt: string; changes: readonly string[] }[];
  history: readonly {
    id: string;
    at: string;
    actorEmail: string;
    action: string;
    changes: readonly string[];
  }[];
}) {
  return (
    <section aria-labelledby="definition-history" className="mt-6">
      <h3 id="definition-history" className="text-lg font-semibold">
        Definition history
      </h3>
      {definitions.length === 0 ? (
        <p className="mt-2">No saved versions yet: the first change saves the definition as it stands.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {definitions.map((d) => (
            <li key={d.version} className="rounded border border-line p-2">
              <p className="font-medium">
                Version {d.version},{" "}
                {d.createdAt.startsWith("1970-")
                  ? "as it stood before any change in the app"
                  : `saved ${d.createdAt.slice(0, 16).replace("T", " ")} UTC`}
              </p>
              {d.changes.length > 0 ? (
                <ul className="list-disc pl-6 text-sm">
                  {d.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <h4 className="mt-4 font-semibold">Who changed what</h4>
      {history.length === 0 ? (
        <p>No changes recorded.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {history.map((e) => (
            <li key={e.id}>
              {e.at.slice(0, 16).replace("T", " ")} UTC, {e.actorEmail}: {e.action}
              {e.changes.length > 0 ? ` (${e.changes.join("; ")})` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
