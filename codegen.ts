import type { CodegenConfig } from "@graphql-codegen/cli";

// The SDL modules in apps/api/src/schema are the source of truth. Codegen merges them into the
// committed contract (packages/graphql/schema.graphql), generates the server's resolver types, and
// apps/web/codegen.ts then generates the web app's operation types from that contract alone.
const config: CodegenConfig = {
  overwrite: true,
  generates: {
    "packages/graphql/schema.graphql": {
      schema: "apps/api/src/schema/**/*.graphql",
      plugins: ["schema-ast"],
      config: { includeDirectives: false, sort: false },
    },
    "apps/api/src/schema/resolvers-types.ts": {
      schema: "apps/api/src/schema/**/*.graphql",
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useIndexSignature: false,
        contextType: "../context.ts#GraphQLContext",
        mapperTypeSuffix: "Model",
        mappers: {
          // Types whose resolvers receive the data layer's plain records (not Prisma models).
          Plan: "../data/records.ts#PlanRecord",
          Priority: "../data/records.ts#PriorityRecord",
          ReportingPeriod: "../data/records.ts#ReportingPeriodRecord",
          Statement: "../data/records.ts#StatementRecord",
          Deliverable: "../data/records.ts#DeliverableRecord",
          Scorecard: "../data/records.ts#ScorecardRecord",
          ScorecardSection: "../data/records.ts#SectionRecord",
          Commentary: "../data/records.ts#CommentaryRecord",
          Metric: "../data/records.ts#MetricRecord",
          Observation: "../data/records.ts#ObservationRecord",
          Area: "../data/records.ts#AreaRecord",
          Comparator: "../data/records.ts#ComparatorRecord",
          MostSimilarGroup: "../data/records.ts#MostSimilarGroupRecord",
          Benchmark: "../data/records.ts#BenchmarkRecord",
          AuditEvent: "../data/records.ts#AuditEventRecord",
          GovernanceNode: "../data/records.ts#GovernanceNodeRecord",
          SeriesKey: "../services/metrics/listSeriesKeys.ts#SeriesKeyView",
          NarrativeSentence: "../services/metrics/getNarrative.ts#NarrativeView",
          MetricException: "../services/metrics/listExceptions.ts#MetricExceptionView",
          QuarterChange: "../services/changes/getQuarterChanges.ts#QuarterChangeView",
        },
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Month: "string", DateTime: "string", JSON: "unknown" },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: "T | null",
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
