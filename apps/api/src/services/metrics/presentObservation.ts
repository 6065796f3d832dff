import type { ObservationRecord } from "../../data/records.ts";

/** The record in its GraphQL shape: what a CONFLICT error carries as extensions.current. */
export function presentObservation(o: ObservationRecord) {
  const { metricId: _m, areaId: _a, updatedAt: _u, ...fields } = o;
  return { __typename: "Observation", ...fields, id: String(o.id) };
}

/** What the audit log keeps of an observation. */
export function observationSnapshot(o: ObservationRecord) {
  const { id: _i, areaId: _a, updatedAt: _u, illustrative: _il, ...fields } = o;
  return fields;
}
