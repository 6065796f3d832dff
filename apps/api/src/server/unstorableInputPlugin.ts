import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import {
  BREAK,
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { GraphQLContext } from "../context.ts";
import { hasUnstorableText, isPastIdRange } from "../services/shared/storableInput.ts";

// IDs that are 64-bit because their table's key is (audit events page by id).
const BIGINT_ID_ARGUMENTS = new Set(["Query.activity.before"]);

/**
 * Refuses, before anything executes, an operation whose arguments (literals or variables, inside
 * lists and input objects too) hold what the database cannot store: a NUL character in any string,
 * or an ID past the integer keys' range. One place for every resolver and service, so a bad value
 * is the client's BAD_USER_INPUT naming the argument, never the driver's internal error.
 */
export function unstorableInputPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const problem = findUnstorableArgument(schema, document, request.variables ?? {});
          if (problem) {
            throw new GraphQLError(problem, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400, headers: new HeaderMap() } },
            });
          }
        },
      };
    },
  };
}

/** The first argument holding an unstorable value, described for the client; null when none does. */
export function findUnstorableArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): string | null {
  const typeInfo = new TypeInfo(schema);
  let problem: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const coordinate = `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}.${argument.name}`;
        const value = valueFromASTUntyped(node.value, variables);
        problem = describeProblem(value, argument.type, argument.name, BIGINT_ID_ARGUMENTS.has(coordinate));
        return problem ? BREAK : undefined;
      },
    }),
  );
  return problem;
}

function describeProblem(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  isBigintId: boolean,
): string | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const problem = describeProblem(item, nullable.ofType, path, isBigintId);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object") return null; // graphql-js reports the wrong shape itself
    for (const field of Object.values(nullable.getFields())) {
      const problem = describeProblem(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${path}.${field.name}`,
        false,
      );
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === "string" && hasUnstorableText(value))
    return `"${path}" contains a NUL character (U+0000), which cannot be stored: remove it and try again`;
  if (getNamedType(type).name === "ID" && isPastIdRange(value, isBigintId ? "bigint" : "integer"))
    return `"${path}" is not a valid id: no record has an id that large`;
  return null;
}
