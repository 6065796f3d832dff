/**
 * Where a deliverable stands on a given day: done, on course, due soon and well short of done, or
 * past its due date (the SDL's DeliverableStatus).
 */
export type DeliverableStatusValue = "COMPLETE" | "ON_TRACK" | "AT_RISK" | "OVERDUE";
