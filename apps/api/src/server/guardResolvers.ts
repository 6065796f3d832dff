import type { GraphQLFieldResolver } from "graphql";
import type { Resolvers } from "../schema/resolvers-types.ts";
import { budgetOf, type QueryBudget } from "./queryBudget.ts";

type AnyResolver = GraphQLFieldResolver<unknown, object>;

/**
 * Every field resolver of the modules, wrapped so it first charges the query's budget (time-out
 * and list items): a query past its limit stops at the next resolver, and a list over the limit is
 * refused before graphql-js completes it. Default (property) resolvers are left alone: they do no
 * work a budget could stop. Scalars and resolvers outside a budget (mutations) run as written.
 */
export function guardResolvers(modules: Resolvers[]): Resolvers[] {
  return modules.map((module) => {
    const guarded: Record<string, unknown> = {};
    for (const [typeName, fields] of Object.entries(module)) {
      guarded[typeName] = isFieldMap(fields) ? guardFields(fields) : fields;
    }
    return guarded as Resolvers;
  });
}

function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function guardFields(fields: Record<string, unknown>): Record<string, unknown> {
  const guarded: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (typeof field === "function") guarded[name] = guard(field as AnyResolver);
    else if (isFieldMap(field) && typeof field.resolve === "function") {
      guarded[name] = { ...field, resolve: guard(field.resolve as AnyResolver) };
    } else guarded[name] = field;
  }
  return guarded;
}

function guard(resolve: AnyResolver): AnyResolver {
  return (parent, args, context, info) => {
    const budget = budgetOf(context);
    if (budget === undefined) return resolve(parent, args, context, info);
    const refused = refusal(budget, 0);
    if (refused) return refused;
    const result = resolve(parent, args, context, info);
    if (Array.isArray(result)) return refusal(budget, result.length) ?? result;
    if (result instanceof Promise) {
      return result.then((value: unknown) => {
        if (Array.isArray(value)) budget.spend(value.length);
        return value;
      });
    }
    return result;
  };
}

/**
 * The budget's refusal as a rejected promise, never a throw: graphql-js abandons the promises of the
 * fields it has already started beside a field that throws, and when those fields meet the same
 * refusal their rejections would go unhandled.
 */
function refusal(budget: QueryBudget, listItems: number): Promise<never> | null {
  try {
    budget.spend(listItems);
    return null;
  } catch (error) {
    return Promise.reject(error);
  }
}
