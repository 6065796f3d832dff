// Illustrative history runs four years to the report's data month: long enough for stable XmR limits
// (the report's own charts start in 2019/2020) and for statements such as "between 2019 and 2020".
export const HISTORY_RANGE = { from: "2019-04", to: "2023-03" } as const;
