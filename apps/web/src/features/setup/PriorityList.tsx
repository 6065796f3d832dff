/** The plan's priorities so far, as the setup page lists them under their step. */
export function PriorityList({
  priorities,
}: {
  priorities: readonly { id: string; number: number; title: string }[];
}) {
  if (priorities.length === 0) return null;
  return (
    <ul className="mt-2 list-disc pl-6">
      {priorities.map((p) => (
        <li key={p.id}>
          Priority {p.number}: {p.title}
        </li>
      ))}
    </ul>
  );
}
