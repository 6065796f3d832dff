import type { SpcInputPoint } from "../spc/SpcInputPoint.ts";

/** A month's value, and whether it is illustrative (generated, not published). */
export interface ChangePoint extends SpcInputPoint {
  illustrative?: boolean;
}
