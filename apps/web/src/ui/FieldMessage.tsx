/** A field's error beside the field; its id goes in the field's aria-describedby so it is read out. */
export function FieldMessage({ id, message }: { id: string; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-fail">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
