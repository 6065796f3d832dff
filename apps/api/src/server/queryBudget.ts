import { AppError } from "../errors.ts";

export interface QueryBudgetLimits {
  /** Longest a query may execute, from its first resolver. */
  timeoutMs: number;
  /** Most list items the resolvers of one query may return together. */
  maxListItems: number;
}

/**
 * List items one query's resolvers may return. The web app's largest page (a priority: scorecards,
 * sections, metric tiles) returns a few thousand; `metrics` nested six deep in `related` returns
 * millions, and reached 55 MB and a second of event loop per level before it was stopped.
 */
export const MAX_LIST_ITEMS = 200_000;

/**
 * What one query may still spend. Resolvers call `spend` before running and with the length of any
 * list they return; once over a limit every later call throws, so the rest of the execution
 * unwinds at once instead of building an answer no one will receive.
 */
export class QueryBudget {
  private readonly deadline: number;
  private items = 0;
  /** The limit the query passed, if it passed one. */
  exceeded: AppError | null = null;

  constructor(private readonly limits: QueryBudgetLimits) {
    this.deadline = performance.now() + limits.timeoutMs;
  }

  spend(listItems: number): void {
    if (this.exceeded) throw this.exceeded;
    this.items += listItems;
    if (this.items > this.limits.maxListItems) {
      this.exceeded = new AppError(
        "BAD_USER_INPUT",
        `The answer to this query passed the limit of ${this.limits.maxListItems.toLocaleString("en-GB")} list items and was stopped. Ask for fewer nested lists at once.`,
        { reason: "ANSWER_TOO_LARGE", maxListItems: this.limits.maxListItems },
      );
    } else if (performance.now() > this.deadline) {
      this.exceeded = new AppError(
        "SERVICE_UNAVAILABLE",
        `The query ran longer than the limit of ${this.limits.timeoutMs.toLocaleString("en-GB")} ms and was stopped. Ask for less at once, or try again shortly.`,
        { reason: "QUERY_TIMEOUT", timeoutMs: this.limits.timeoutMs },
      );
    }
    if (this.exceeded) throw this.exceeded;
  }
}

// Keyed by the request's context object, which every resolver receives; gone with the request.
const budgets = new WeakMap<object, QueryBudget>();

export function startQueryBudget(context: object, limits: QueryBudgetLimits): QueryBudget {
  const budget = new QueryBudget(limits);
  budgets.set(context, budget);
  return budget;
}

export function budgetOf(context: object): QueryBudget | undefined {
  return budgets.get(context);
}
