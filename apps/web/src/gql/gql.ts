/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ExceptionsList_exception on MetricException {\n    severity\n    reasons\n    variation\n    assurance\n    priorityNumber\n    latest {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    metric {\n      id\n      name\n      unit\n    }\n  }\n": typeof types.ExceptionsList_ExceptionFragmentDoc,
    "\n  fragment PriorityCard_priority on Priority {\n    id\n    number\n    title\n    summary(period: $period) {\n      metricCount\n      concernCount\n      improvementCount\n      slaBreachCount\n      deliverablesOnTrack\n      deliverablesAtRisk\n      deliverablesOverdue\n      deliverablesComplete\n      openRiskCount\n    }\n  }\n": typeof types.PriorityCard_PriorityFragmentDoc,
    "\n  query Overview($period: String) {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    priorities {\n      ...PriorityCard_priority\n    }\n    exceptions(period: $period) {\n      ...ExceptionsList_exception\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  fragment DeliverablesTable_deliverable on Deliverable {\n    id\n    action\n    due\n    dueDate\n    progress\n    status\n    note\n    version\n  }\n": typeof types.DeliverablesTable_DeliverableFragmentDoc,
    "\n  fragment MetricTile_metric on Metric {\n    id\n    name\n    unit\n    targetLabel\n    latest(period: $period) {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    comparisons(period: $period) {\n      yearOnYear {\n        text\n      }\n      previousThreeMonths {\n        text\n      }\n    }\n    spc(period: $period) {\n      variation\n      assurance\n    }\n    series {\n      values\n      illustrative\n    }\n  }\n": typeof types.MetricTile_MetricFragmentDoc,
    "\n  fragment ScorecardSectionView_section on ScorecardSection {\n    id\n    title\n    position\n    commentary(period: $period) {\n      id\n      text\n      version\n    }\n    metrics {\n      ...MetricTile_metric\n    }\n  }\n": typeof types.ScorecardSectionView_SectionFragmentDoc,
    "\n  query Priority($number: Int!, $period: String) {\n    priority(number: $number) {\n      id\n      number\n      title\n      outcomes(period: $period) {\n        id\n        text\n        version\n      }\n      focus(period: $period) {\n        id\n        text\n        version\n      }\n      risks(period: $period) {\n        id\n        text\n        version\n      }\n      deliverables {\n        ...DeliverablesTable_deliverable\n      }\n      scorecards {\n        id\n        title\n        kind\n        sections {\n          ...ScorecardSectionView_section\n        }\n      }\n    }\n  }\n": typeof types.PriorityDocument,
    "\n  query PeriodPicker {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    reportingPeriods {\n      id\n      code\n      label\n      kind\n    }\n  }\n": typeof types.PeriodPickerDocument,
    "\n  query Glossary {\n    glossary {\n      acronym\n      meaning\n    }\n  }\n": typeof types.GlossaryDocument,
};
const documents: Documents = {
    "\n  fragment ExceptionsList_exception on MetricException {\n    severity\n    reasons\n    variation\n    assurance\n    priorityNumber\n    latest {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    metric {\n      id\n      name\n      unit\n    }\n  }\n": types.ExceptionsList_ExceptionFragmentDoc,
    "\n  fragment PriorityCard_priority on Priority {\n    id\n    number\n    title\n    summary(period: $period) {\n      metricCount\n      concernCount\n      improvementCount\n      slaBreachCount\n      deliverablesOnTrack\n      deliverablesAtRisk\n      deliverablesOverdue\n      deliverablesComplete\n      openRiskCount\n    }\n  }\n": types.PriorityCard_PriorityFragmentDoc,
    "\n  query Overview($period: String) {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    priorities {\n      ...PriorityCard_priority\n    }\n    exceptions(period: $period) {\n      ...ExceptionsList_exception\n    }\n  }\n": types.OverviewDocument,
    "\n  fragment DeliverablesTable_deliverable on Deliverable {\n    id\n    action\n    due\n    dueDate\n    progress\n    status\n    note\n    version\n  }\n": types.DeliverablesTable_DeliverableFragmentDoc,
    "\n  fragment MetricTile_metric on Metric {\n    id\n    name\n    unit\n    targetLabel\n    latest(period: $period) {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    comparisons(period: $period) {\n      yearOnYear {\n        text\n      }\n      previousThreeMonths {\n        text\n      }\n    }\n    spc(period: $period) {\n      variation\n      assurance\n    }\n    series {\n      values\n      illustrative\n    }\n  }\n": types.MetricTile_MetricFragmentDoc,
    "\n  fragment ScorecardSectionView_section on ScorecardSection {\n    id\n    title\n    position\n    commentary(period: $period) {\n      id\n      text\n      version\n    }\n    metrics {\n      ...MetricTile_metric\n    }\n  }\n": types.ScorecardSectionView_SectionFragmentDoc,
    "\n  query Priority($number: Int!, $period: String) {\n    priority(number: $number) {\n      id\n      number\n      title\n      outcomes(period: $period) {\n        id\n        text\n        version\n      }\n      focus(period: $period) {\n        id\n        text\n        version\n      }\n      risks(period: $period) {\n        id\n        text\n        version\n      }\n      deliverables {\n        ...DeliverablesTable_deliverable\n      }\n      scorecards {\n        id\n        title\n        kind\n        sections {\n          ...ScorecardSectionView_section\n        }\n      }\n    }\n  }\n": types.PriorityDocument,
    "\n  query PeriodPicker {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    reportingPeriods {\n      id\n      code\n      label\n      kind\n    }\n  }\n": types.PeriodPickerDocument,
    "\n  query Glossary {\n    glossary {\n      acronym\n      meaning\n    }\n  }\n": types.GlossaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExceptionsList_exception on MetricException {\n    severity\n    reasons\n    variation\n    assurance\n    priorityNumber\n    latest {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    metric {\n      id\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  fragment ExceptionsList_exception on MetricException {\n    severity\n    reasons\n    variation\n    assurance\n    priorityNumber\n    latest {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    metric {\n      id\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityCard_priority on Priority {\n    id\n    number\n    title\n    summary(period: $period) {\n      metricCount\n      concernCount\n      improvementCount\n      slaBreachCount\n      deliverablesOnTrack\n      deliverablesAtRisk\n      deliverablesOverdue\n      deliverablesComplete\n      openRiskCount\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityCard_priority on Priority {\n    id\n    number\n    title\n    summary(period: $period) {\n      metricCount\n      concernCount\n      improvementCount\n      slaBreachCount\n      deliverablesOnTrack\n      deliverablesAtRisk\n      deliverablesOverdue\n      deliverablesComplete\n      openRiskCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($period: String) {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    priorities {\n      ...PriorityCard_priority\n    }\n    exceptions(period: $period) {\n      ...ExceptionsList_exception\n    }\n  }\n"): (typeof documents)["\n  query Overview($period: String) {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    priorities {\n      ...PriorityCard_priority\n    }\n    exceptions(period: $period) {\n      ...ExceptionsList_exception\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliverablesTable_deliverable on Deliverable {\n    id\n    action\n    due\n    dueDate\n    progress\n    status\n    note\n    version\n  }\n"): (typeof documents)["\n  fragment DeliverablesTable_deliverable on Deliverable {\n    id\n    action\n    due\n    dueDate\n    progress\n    status\n    note\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricTile_metric on Metric {\n    id\n    name\n    unit\n    targetLabel\n    latest(period: $period) {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    comparisons(period: $period) {\n      yearOnYear {\n        text\n      }\n      previousThreeMonths {\n        text\n      }\n    }\n    spc(period: $period) {\n      variation\n      assurance\n    }\n    series {\n      values\n      illustrative\n    }\n  }\n"): (typeof documents)["\n  fragment MetricTile_metric on Metric {\n    id\n    name\n    unit\n    targetLabel\n    latest(period: $period) {\n      id\n      value\n      periodEnd\n      illustrative\n    }\n    comparisons(period: $period) {\n      yearOnYear {\n        text\n      }\n      previousThreeMonths {\n        text\n      }\n    }\n    spc(period: $period) {\n      variation\n      assurance\n    }\n    series {\n      values\n      illustrative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardSectionView_section on ScorecardSection {\n    id\n    title\n    position\n    commentary(period: $period) {\n      id\n      text\n      version\n    }\n    metrics {\n      ...MetricTile_metric\n    }\n  }\n"): (typeof documents)["\n  fragment ScorecardSectionView_section on ScorecardSection {\n    id\n    title\n    position\n    commentary(period: $period) {\n      id\n      text\n      version\n    }\n    metrics {\n      ...MetricTile_metric\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Priority($number: Int!, $period: String) {\n    priority(number: $number) {\n      id\n      number\n      title\n      outcomes(period: $period) {\n        id\n        text\n        version\n      }\n      focus(period: $period) {\n        id\n        text\n        version\n      }\n      risks(period: $period) {\n        id\n        text\n        version\n      }\n      deliverables {\n        ...DeliverablesTable_deliverable\n      }\n      scorecards {\n        id\n        title\n        kind\n        sections {\n          ...ScorecardSectionView_section\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Priority($number: Int!, $period: String) {\n    priority(number: $number) {\n      id\n      number\n      title\n      outcomes(period: $period) {\n        id\n        text\n        version\n      }\n      focus(period: $period) {\n        id\n        text\n        version\n      }\n      risks(period: $period) {\n        id\n        text\n        version\n      }\n      deliverables {\n        ...DeliverablesTable_deliverable\n      }\n      scorecards {\n        id\n        title\n        kind\n        sections {\n          ...ScorecardSectionView_section\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodPicker {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    reportingPeriods {\n      id\n      code\n      label\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PeriodPicker {\n    currentPeriod {\n      id\n      code\n      label\n    }\n    reportingPeriods {\n      id\n      code\n      label\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Glossary {\n    glossary {\n      acronym\n      meaning\n    }\n  }\n"): (typeof documents)["\n  query Glossary {\n    glossary {\n      acronym\n      meaning\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;