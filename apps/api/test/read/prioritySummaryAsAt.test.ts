import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import { graphqlOk, type Loose } from "../write/editorClient.ts";

// The overview card's deliverable counts are judged on the same day as the deliverables table
// (the reporting period's end, 31 May 2023 for March – May 23), so the two always agree.
// Seeded deliverables (/work/shared/seed/000_b1923a938e71491c.txt, "Deliverables Progress"):
//   priority 1: Q4 2023 at 40 % → on track; June 23 at 50 % → at risk (30 days left, under 75 %);
//   priority 2: Sept 2023 60 % and 10 % → on track; two April 23 at 100 % → complete.
// Judged as at today (after 2023) both priority 1 deliverables would be overdue.

const server = useTestServer();

const read = (query: string) => graphqlOk(server, query);

const counts = `summary { deliverablesComplete deliverablesOnTrack deliverablesAtRisk deliverablesOverdue }
  deliverables { status }`;

describe("priority summary deliverable counts", () => {
  it("counts statuses as at the period's end, like the deliverables table", async () => {
    const data = await read(
      `{ p1: priority(number: 1) { ${counts} } p2: priority(number: 2) { ${counts} } }`,
    );
    expect(data.p1.summary).toEqual({
      deliverablesComplete: 0,
      deliverablesOnTrack: 1,
      deliverablesAtRisk: 1,
      deliverablesOverdue: 0,
    });
    expect(data.p2.summary).toEqual({
      deliverablesComplete: 2,
      deliverablesOnTrack: 2,
      deliverablesAtRisk: 0,
      deliverablesOverdue: 0,
    });
    for (const p of [data.p1, data.p2]) {
      const tally = (status: string) => p.deliverables.filter((d: Loose) => d.status === status).length;
      expect(p.summary.deliverablesComplete).toBe(tally("COMPLETE"));
      expect(p.summary.deliverablesOnTrack).toBe(tally("ON_TRACK"));
      expect(p.summary.deliverablesAtRisk).toBe(tally("AT_RISK"));
      expect(p.summary.deliverablesOverdue).toBe(tally("OVERDUE"));
    }
  });
});
