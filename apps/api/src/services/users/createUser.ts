import { hashPassword } from "../../auth/password.ts";
import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext, Role } from "../../context.ts";
import type { UserRecord } from "../../data/records.ts";
import type { FieldError } from "../../errors.ts";

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 12;

/** Admin adds a person. Problems a person can fix come back as field errors; nothing is written. */
export async function createUser(
  ctx: GraphQLContext,
  input: CreateUserInput,
): Promise<{ user: UserRecord | null; errors: FieldError[] }> {
  const actor = requireRole(ctx, "ADMIN");
  const errors = validateNewUser(input);
  if (errors.length > 0) return { user: null, errors };
  const user = await ctx.repos.users.insert(
    {
      email: input.email,
      name: input.name.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    { actor, requestId: ctx.requestId },
  );
  if (!user)
    return { user: null, errors: [{ field: "input.email", message: "A user with this email exists" }] };
  return { user, errors: [] };
}

function validateNewUser(input: CreateUserInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!EMAIL.test(input.email.trim()) || input.email.length > 254) {
    errors.push({ field: "input.email", message: "Enter an email address like name@example.org" });
  }
  if (input.name.trim().length === 0 || input.name.length > 200) {
    errors.push({ field: "input.name", message: "Enter a name of 1 to 200 characters" });
  }
  if (input.password.length < MIN_PASSWORD || input.password.length > 1024) {
    errors.push({ field: "input.password", message: `Use at least ${MIN_PASSWORD} characters` });
  }
  return errors;
}
