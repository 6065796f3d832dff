/**
 * The message for one input field from a mutation's field errors. The API names fields by dotted
 * path ("input.progress", "text", "password"), so the last segment is compared.
 */
export function fieldErrorFor(
  errors: readonly { field: string; message: string }[],
  name: string,
): string | undefined {
  return errors.find((e) => e.field === name || e.field.split(".").at(-1) === name)?.message;
}
