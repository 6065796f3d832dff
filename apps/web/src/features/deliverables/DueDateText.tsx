import { graphql } from "../../gql";
import type { DueDateText_DeliverableFragment } from "../../gql/graphql";
import { DueDateCorrector } from "./DueDateCorrector";
import { dueDateReading } from "./dueDateReading";

export const DueDateTextFragment = graphql(`
  fragment DueDateText_deliverable on Deliverable {
    id
    action
    due
    dueDate
    dueDateSource
    startDate
    version
  }
`);

/**
 * The date due as the report writes it ("Q4 2023"), with the day it was read as beneath, so anyone
 * can see what status and the slip warning are judged against; editors can correct that reading.
 */
export function DueDateText({ deliverable }: { deliverable: DueDateText_DeliverableFragment }) {
  const reading = dueDateReading(deliverable);
  return (
    <>
      {deliverable.due}
      {reading ? <p className="text-sm text-muted">{reading}</p> : null}
      <DueDateCorrector deliverable={deliverable} />
    </>
  );
}
