/**
 * A calendar month as "YYYY-MM" (e.g. "2023-03"). Every month in the domain uses this form:
 * it sorts as text, survives JSON and GraphQL unchanged, and carries no time zone.
 */
export type MonthKey = string;
