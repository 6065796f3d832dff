// Every top-level query with the fields a page asks for first, and the answers a scorecard that is not
// set up (or has only a draft quarter) may give instead of data: none of them a server error.
export const TOP_LEVEL_QUERIES: Record<string, string> = {
  activity: "{ activity { id } }",
  areas: "{ areas { code } }",
  auditHistory: '{ auditHistory(entityType: "Deliverable", entityId: "1") { id } }',
  cjsScorecards: "{ cjsScorecards { id title } }",
  comparators: "{ comparators { code } }",
  currentPeriod: "{ currentPeriod { code label } }",
  deliverable: '{ deliverable(id: "1") { id } }',
  deliverableStatusDate: "{ deliverableStatusDate }",
  deliverables: "{ deliverables { id } }",
  exceptions: "{ exceptions { summary } }",
  glossary: "{ glossary { acronym } }",
  governance: "{ governance { code } }",
  health: "{ health { ok } }",
  me: "{ me { id } }",
  metric: '{ metric(id: "abandonment-rate-101") { id } }',
  metricCatalogue: "{ metricCatalogue { metric { id } } }",
  metrics: "{ metrics { id } }",
  mostSimilarGroups: "{ mostSimilarGroups { id } }",
  plan: "{ plan { title } }",
  priorities: "{ priorities { number title } }",
  priority: "{ priority(number: 1) { title } }",
  quarterChanges: "{ quarterChanges { to { code } changes { __typename } } }",
  reportingPeriods: "{ reportingPeriods { code } }",
  setupStatus: "{ setupStatus { isComplete } }",
  users: "{ users { id } }",
};

export const ALLOWED_CODES = new Set(["NOT_SET_UP", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"]);
