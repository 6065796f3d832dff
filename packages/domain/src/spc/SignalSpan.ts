import type { XmrSignal } from "./XmrResult.ts";

/** A signal as a chart or table states it: its rule, side, months and class, and whether it rests on illustrative months. */
export type SignalSpan = Pick<XmrSignal, "rule" | "direction" | "from" | "to" | "classification"> & {
  illustrative: boolean;
};
