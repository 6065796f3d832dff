import type { SetupErrors } from "./SetupErrors";

/**
 * The message for exactly one field path. The setup forms hold lists (areas, members) whose fields
 * share a last segment with the form's own ("input.code", "input.areas.0.code"), so the whole path
 * is compared, not its last segment as ui/fieldErrorFor does.
 */
export function errorAt(errors: SetupErrors, field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}
