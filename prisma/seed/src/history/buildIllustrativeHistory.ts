import type { SeedObservation } from "../types.ts";
import { crimeHistory } from "./crimeHistory.ts";
import { investigationHistory } from "./investigationHistory.ts";
import { otherHistory } from "./otherHistory.ts";
import { priority1History } from "./priority1History.ts";
import { satisfactionHistory } from "./satisfactionHistory.ts";

/** Every illustrative monthly observation, generated deterministically (same output on every call). */
export function buildIllustrativeHistory(): SeedObservation[] {
  return [
    ...priority1History(),
    ...crimeHistory(),
    ...investigationHistory(),
    ...satisfactionHistory(),
    ...otherHistory(),
  ];
}
