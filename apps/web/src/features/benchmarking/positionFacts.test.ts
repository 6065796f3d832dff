import { describe, expect, it } from "vitest";
import { positionFacts } from "./positionFacts";

describe("positionFacts", () => {
  it("writes rank and quartile", () => {
    // Report: Wiltshire is "the lowest force nationally for crimes per 1000 population" (43 forces in England and Wales).
    expect(
      positionFacts({
        nationalRank: 1,
        nationalRankOutOf: 43,
        nationalQuartile: 1,
        msgRank: 1,
        msgRankOutOf: 8,
      }),
    ).toEqual(["1 of 8 in the most similar group", "1 of 43 nationally (1st quartile)"]);
  });
  it("is empty without ranks", () => {
    expect(positionFacts({})).toEqual([]);
  });
});
