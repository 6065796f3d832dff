export { type BuiltComparator, buildComparator, type ComparatorOverrides } from "./buildComparator.ts";
export { type BuiltDeliverable, buildDeliverable, type DeliverableOverrides } from "./buildDeliverable.ts";
export { type BuiltMetric, buildMetric, type MetricOverrides, type MetricUnit } from "./buildMetric.ts";
export { type BuiltPriority, buildPriority } from "./buildPriority.ts";
export { type BuiltQuarter, buildQuarter, type QuarterOverrides } from "./buildQuarter.ts";
export { type BuiltSection, buildScorecardSection, type SectionOverrides } from "./buildScorecardSection.ts";
export { type BuiltStatement, buildStatement, type StatementOverrides } from "./buildStatement.ts";
export { type BuiltUser, buildUser, type UserOverrides, type UserRole } from "./buildUser.ts";
export { monthlySeries } from "./monthlySeries.ts";
