/** Which direction is good for a metric; NEUTRAL when neither is (e.g. call demand). */
export type Polarity = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NEUTRAL";
