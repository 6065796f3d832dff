import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { UserRecord } from "../../data/records.ts";
import type { UserChanges } from "../../data/users/userWrites.ts";
import { conflict, type FieldError, notFound } from "../../errors.ts";

/** Admin changes a person's name, role or active flag, against the version they saw. */
export async function updateUser(
  ctx: GraphQLContext,
  id: string,
  changes: UserChanges,
  expectedVersion: number,
): Promise<{ user: UserRecord | null; errors: FieldError[] }> {
  const actor = requireRole(ctx, "ADMIN");
  const userId = Number(id);
  if (!Number.isSafeInteger(userId)) throw notFound("User", id);
  const errors = validateChanges(changes, userId === actor.id);
  if (errors.length > 0) return { user: null, errors };
  const outcome = await ctx.repos.users.updateVersioned(userId, expectedVersion, changes, {
    actor,
    requestId: ctx.requestId,
  });
  if (outcome.kind === "missing") throw notFound("User", id);
  if (outcome.kind === "conflict") throw conflict("User", outcome.current);
  if (outcome.kind === "last-admin") {
    // Without an active admin nobody can manage users; only the command line could recover.
    const field = changes.isActive === false ? "input.isActive" : "input.role";
    const message = `${outcome.current.email} is the last active admin: make someone else an admin first`;
    return { user: null, errors: [{ field, message }] };
  }
  return { user: outcome.user, errors: [] };
}

function validateChanges(changes: UserChanges, isSelf: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (changes.name !== undefined && (changes.name.trim().length === 0 || changes.name.length > 200)) {
    errors.push({ field: "input.name", message: "Enter a name of 1 to 200 characters" });
  }
  // An admin cannot lock themselves (and possibly everyone) out.
  if (isSelf && changes.isActive === false) {
    errors.push({ field: "input.isActive", message: "You cannot deactivate your own account" });
  }
  if (isSelf && changes.role !== undefined && changes.role !== "ADMIN") {
    errors.push({ field: "input.role", message: "You cannot remove your own admin role" });
  }
  return errors;
}
