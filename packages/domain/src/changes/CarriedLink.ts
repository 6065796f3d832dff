/**
 * An item's link to the item it was carried forward from when its quarter was opened: a deliverable
 * or risk statement in one quarter is a new row whose carriedFromId is the previous quarter's row.
 */
export interface CarriedLink {
  id: string;
  /** The previous quarter's row this one continues; null when it was first added this quarter. */
  carriedFromId: string | null;
}
