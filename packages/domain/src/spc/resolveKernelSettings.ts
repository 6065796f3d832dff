import { DEFAULT_XMR_SETTINGS } from "./DEFAULT_XMR_SETTINGS.ts";
import type { XmrKernelSettings } from "./XmrKernelSettings.ts";
import type { XmrOptions } from "./XmrOptions.ts";

/** The settings the kernel runs with. */
export type ResolvedSettings = XmrKernelSettings & { twoOfThreeRule: "2019" | "2023-11"; trialBelow: number };

/** XmrOptions with every default applied, in the kernel's form. */
export function resolveKernelSettings(options: XmrOptions): ResolvedSettings {
  const twoOfThreeRule = options.twoOfThreeRule ?? DEFAULT_XMR_SETTINGS.twoOfThreeRule;
  return {
    fixAfterPoints: Math.max(0, Math.floor(options.fixAfterPoints ?? 0)),
    screenMovingRanges: options.screenMovingRanges ?? DEFAULT_XMR_SETTINGS.screenMovingRanges,
    runLength: Math.max(2, options.runLength ?? DEFAULT_XMR_SETTINGS.runLength),
    trendLength: Math.max(2, options.trendLength ?? DEFAULT_XMR_SETTINGS.trendLength),
    twoOfThreeCountsOutside: twoOfThreeRule === "2023-11",
    twoOfThreeRule,
    minimumPoints: Math.max(2, options.minimumPoints ?? DEFAULT_XMR_SETTINGS.minimumPoints),
    trialBelow: options.trialBelow ?? DEFAULT_XMR_SETTINGS.trialBelow,
  };
}
