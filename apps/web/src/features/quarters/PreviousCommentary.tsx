/** Last quarter's commentary on a section, beside this quarter's, which starts empty in a new quarter. */
export function PreviousCommentary({ items }: { items: readonly { id: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <details className="mt-3 rounded border border-dashed border-line p-2">
      <summary className="min-h-11 cursor-pointer content-center font-medium">
        Last quarter's commentary
      </summary>
      <ul className="mt-1 list-disc pl-5 text-muted">
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </details>
  );
}
