import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import type { Loose } from "../write/editorClient.ts";

// Spc.compact is Spc.points as parallel arrays; both come from one cached XmR result, so they must
// agree entry by entry. Seeded metrics (report: /work/shared/seed/000_b1923a938e71491c.txt):
// cch-answer-time has a declared process change (two segments, New 101 Operating Model from Sep-22);
// abandonment-rate-101 has a special-cause concern at Mar-23.

const server = useTestServer();

const query = `query($id: ID!) { metric(id: $id) { spc(period: "2023-03") {
  segments { start end }
  points { periodEnd value special signal }
  compact { periods values special signal segmentIndex } } } }`;

describe("Spc.compact", () => {
  for (const id of ["cch-answer-time", "abandonment-rate-101"]) {
    it(`agrees with Spc.points for ${id}`, async () => {
      const result = await server.graphql<Loose>(query, { id });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const { segments, points, compact } = (result.data as Loose).metric.spc;
      expect(points.length).toBeGreaterThan(12);
      expect(compact.periods).toEqual(points.map((p: Loose) => p.periodEnd));
      expect(compact.values).toEqual(points.map((p: Loose) => p.value));
      expect(compact.special).toEqual(points.map((p: Loose) => p.special));
      expect(compact.signal).toEqual(points.map((p: Loose) => p.signal));
      // Each point's segment index names the segment whose months contain it.
      compact.segmentIndex.forEach((index: number, i: number) => {
        const segment = segments[index];
        expect(segment, `segment of ${compact.periods[i]}`).toBeDefined();
        expect(compact.periods[i] >= segment.start && compact.periods[i] <= segment.end).toBe(true);
      });
    });
  }

  it("marks the abandonment rate's Mar-23 point as a special-cause concern in the arrays too", async () => {
    const result = await server.graphql<Loose>(query, { id: "abandonment-rate-101" });
    const { compact } = (result.data as Loose).metric.spc;
    const march = compact.periods.indexOf("2023-03");
    expect(march).toBeGreaterThanOrEqual(0);
    expect(compact.special[march]).toBe(true);
    expect(compact.signal[march]).toBe("CONCERN");
  });
});
