import type { TestServer } from "../harness/index.ts";
import { builderMutation } from "./builderMutation.ts";
import { type BuiltPriority, buildPriority } from "./buildPriority.ts";
import { type BuiltQuarter, buildQuarter } from "./buildQuarter.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export interface DeliverableOverrides {
  /** Default: a priority of its own. */
  priority?: BuiltPriority;
  action?: string;
  /** As written in a report: "Q4 2023", "June 23". */
  due?: string;
  progress?: number;
  note?: string;
  /** Default: the current quarter (the report's own, published). */
  quarter?: BuiltQuarter;
}

export interface BuiltDeliverable {
  id: string;
  version: number;
  priorityNumber: number;
}

const ADD = `mutation BuildDeliverable($input: AddDeliverableInput!) {
  addDeliverable(input: $input, reason: "Test set-up in the published report quarter") { deliverable { id version priorityNumber } errors { field message } } }`;

/** A deliverable added by an editor through the API, in the current reporting period (audited). */
export async function buildDeliverable(
  server: TestServer,
  overrides: DeliverableOverrides = {},
): Promise<BuiltDeliverable> {
  // The API adds a deliverable to the current period unless told which, so there must be one.
  const quarter = overrides.quarter ?? (await buildQuarter(server));
  const priority = overrides.priority ?? (await buildPriority(server));
  const { deliverable } = await builderMutation<{ deliverable: BuiltDeliverable }>(server, "EDITOR", ADD, {
    input: {
      priority: priority.number,
      action: overrides.action ?? uniqueLabel("Test deliverable"),
      due: overrides.due ?? "Q4 2023",
      progress: overrides.progress ?? 0,
      note: overrides.note,
      period: quarter.code,
    },
  });
  return deliverable;
}
