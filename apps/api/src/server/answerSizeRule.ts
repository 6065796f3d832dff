import {
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * How many items a list field is expected to hold, by `Type.field`. Generous for this force's data
 * and its growth (43 forces, a few hundred metrics, ten years of months), not the seed's sizes: the
 * estimate must stay above what the field can really return, or the limit protects nothing.
 */
export const EXPECTED_LIST_LENGTHS: Readonly<Record<string, number>> = {
  "Query.metrics": 300,
  "Query.exceptions": 100,
  "Query.priorities": 8,
  "Query.cjsScorecards": 3,
  "Query.governance": 5,
  "Query.reportingPeriods": 150,
  "Query.activity": 200,
  "Query.auditHistory": 100,
  "Query.users": 100,
  "Query.comparators": 50,
  "Query.glossary": 100,
  "Priority.scorecards": 4,
  "Priority.deliverables": 30,
  "Scorecard.sections": 6,
  "ScorecardSection.metrics": 6,
  "ScorecardSection.commentary": 20,
  // Related metrics are a family (mean beside median, eleven survey questions): self-referencing, so
  // each nesting level multiplies the answer, which is what this rule exists to catch.
  "Metric.related": 10,
  "Metric.observations": 500,
  "Metric.benchmarks": 20,
  "MostSimilarGroup.members": 15,
  "GovernanceNode.children": 6,
  // Monthly series and charts: ten years of months.
  "Series.periods": 120,
  "Series.values": 120,
  "Series.lower": 120,
  "Series.upper": 120,
  "Series.illustrative": 120,
  "Spc.points": 120,
  "SpcCompact.periods": 120,
  "SpcCompact.values": 120,
  "SpcCompact.special": 120,
  "SpcCompact.signal": 120,
  "SpcCompact.segmentIndex": 120,
};

/**
 * An item of a list of numbers or months (a chart's series) is serialised, never resolved: ten of
 * them cost about what one resolved field does. Compact series exist because they are this cheap.
 */
export const LEAF_ITEM_SIZE = 0.1;

/** Any list not named above: small lists (field errors, reasons, rules) are the common case. */
export const DEFAULT_LIST_LENGTH = 10;

/**
 * The answer-size limit. The web app's largest documents estimate at about 18,000 (the criminal
 * justice page) and 9,000 (a priority page: scorecards × sections × metric tiles with sparklines);
 * `metrics` with two levels of `related` estimates at 63,000, and that query took over a second on
 * the seed alone (each level multiplies the answer by a family of up to eleven metrics).
 */
export const MAX_ANSWER_SIZE = 40_000;

/**
 * Refuses, before execution, an operation whose answer would hold more than `maxSize` values. Every
 * field counts one, times the expected length of each list around it, so a list inside a list costs
 * the product (graphql-armor's cost limit adds depth factors but never multiplies by list length).
 * Fragments are costed once and reused, so fragment-expansion bombs cost what they would return.
 */
export function answerSizeRule(maxSize = MAX_ANSWER_SIZE): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const size = estimateAnswerSize(context.getSchema(), operation, (name) => context.getFragment(name));
      if (size > maxSize) {
        context.reportError(
          new GraphQLError(
            `The answer to this query would be too large: about ${Math.round(size).toLocaleString("en-GB")} values, limit ${maxSize.toLocaleString("en-GB")}. Ask for fewer nested lists or fewer fields.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
}

/** The estimated number of values in an operation's answer (see answerSizeRule). */
export function estimateAnswerSize(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => FragmentDefinitionNode | null | undefined,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragmentSizes = new Map<string, number>();
  const inProgress = new Set<string>();

  function selectionSize(selectionSet: SelectionSetNode, parent: GraphQLNamedType): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) {
          total += 1; // __typename on a union
          continue;
        }
        const field = parent.getFields()[selection.name.value];
        if (!field) {
          total += 1; // __typename, or an unknown field another rule reports
          continue;
        }
        const itemType = getNamedType(field.type);
        const itemSize =
          selection.selectionSet && isCompositeType(itemType)
            ? 1 + selectionSize(selection.selectionSet, itemType)
            : LEAF_ITEM_SIZE;
        total += Math.max(1, listMultiplier(`${parent.name}.${field.name}`, field.type) * itemSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += selectionSize(selection.selectionSet, type ?? parent);
      } else {
        total += fragmentSize(selection.name.value, parent);
      }
    }
    return total;
  }

  function fragmentSize(name: string, parent: GraphQLNamedType): number {
    const known = fragmentSizes.get(name);
    if (known !== undefined) return known;
    const fragment = getFragment(name);
    // A cycle is reported by graphql's own NoFragmentCyclesRule; counting it once is enough here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
    const size = selectionSize(fragment.selectionSet, type);
    inProgress.delete(name);
    fragmentSizes.set(name, size);
    return size;
  }

  return selectionSize(operation.selectionSet, root);
}

// A list of lists multiplies twice; no field of this schema has one, but the arithmetic is the same.
function listMultiplier(coordinate: string, type: GraphQLOutputType): number {
  let multiplier = 1;
  let current: GraphQLOutputType = getNullableType(type);
  while (isListType(current)) {
    multiplier *= EXPECTED_LIST_LENGTHS[coordinate] ?? DEFAULT_LIST_LENGTH;
    current = getNullableType(current.ofType);
  }
  return multiplier;
}
