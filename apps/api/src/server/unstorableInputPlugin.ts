import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  TypeInfo,
  type ValueNode,
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

/** An argument of a document: where its value is written and what the schema says it takes. */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  name: string;
  isBigintId: boolean;
}

// Apollo hands the same DocumentNode to every request with the same query text (its document
// store), so the walk with the schema's type information runs once per query, not once per request:
// on a large document (the metric page) it cost more than a drill-down's own SQL statement.
const sitesByDocument = new WeakMap<DocumentNode, ArgumentSite[]>();

/** The first argument holding an unstorable value, described for the client; null when none does. */
export function findUnstorableArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): string | null {
  let sites = sitesByDocument.get(document);
  if (!sites) {
    sites = argumentSites(schema, document);
    sitesByDocument.set(document, sites);
  }
  for (const site of sites) {
    const value = valueFromASTUntyped(site.value, variables);
    const problem = describeProblem(value, site.type, site.name, site.isBigintId);
    if (problem) return problem;
  }
  return null;
}

/** Every argument of the document that names a schema argument, in document order. */
function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const typeInfo = new TypeInfo(schema);
  const sites: ArgumentSite[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const coordinate = `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}.${argument.name}`;
        sites.push({
          value: node.value,
          type: argument.type,
          name: argument.name,
          isBigintId: BIGINT_ID_ARGUMENTS.has(coordinate),
        });
      },
    }),
  );
  return sites;
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
