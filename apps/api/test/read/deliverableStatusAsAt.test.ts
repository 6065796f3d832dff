import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness/index.ts";
import { graphqlOk } from "../write/editorClient.ts";

// Seeded deliverables from the report's "Deliverables Progress" tables
// (/work/shared/seed/000_b1923a938e71491c.txt, March – May 23):
//   priority 1: "Tidworth police building site work started." Q4 2023, 40 %
//               "Use of two mobile police stations to be introduced" June 23, 50 %
//   priority 2: therapeutic interventions Sept 2023 60 %; lawyer April 23 100 %;
//               Fearless contract April 2023 100 %; Serious Violence needs assessment Sept 2023 10 %

const server = useTestServer();

const read = (query: string) => graphqlOk(server, query);

const statuses = (list: { status: string }[]) => list.map((d) => d.status);

describe("deliverable status as at the end of the reporting period", () => {
  it("judges the current period (March – May 23) as at 31 May 2023, not today", async () => {
    const data = await read(`{ deliverableStatusDate
      p1: deliverables(priority: 1) { due status }
      p2: deliverables(priority: 2) { due status } }`);
    expect(data.deliverableStatusDate).toBe("2023-05-31");
    // Q4 2023 at 40 %: 214 days left → on track; June 23 at 50 %: 30 days left, under 75 % → at risk.
    expect(statuses(data.p1)).toEqual(["ON_TRACK", "AT_RISK"]);
    // Sept 2023 (122 days) → on track; April 100 % → complete.
    expect(statuses(data.p2)).toEqual(["ON_TRACK", "COMPLETE", "COMPLETE", "ON_TRACK"]);
  });

  it("takes the period as an argument: the same as the default for the quarter's code", async () => {
    const data = await read(`{ deliverableStatusDate(period: "2023-Q-MAR-MAY")
      deliverables(priority: 1) { status(period: "2023-Q-MAR-MAY") } }`);
    expect(data.deliverableStatusDate).toBe("2023-05-31");
    expect(statuses(data.deliverables)).toEqual(["ON_TRACK", "AT_RISK"]);
  });

  it("a later month reads later: by December 2023 the June deliverable is overdue", async () => {
    const data = await read(`{ deliverableStatusDate(period: "2023-12")
      deliverables(priority: 1) { status(period: "2023-12") } }`);
    // Last day of December; "June 23" (30 June) has passed at 50 %, Q4 2023 (31 Dec) is due that day.
    expect(data.deliverableStatusDate).toBe("2023-12-31");
    expect(statuses(data.deliverables)).toEqual(["AT_RISK", "OVERDUE"]);
  });

  it("the priority's deliverables take the period too", async () => {
    const data = await read(`{ priority(number: 1) { deliverables { status(period: "2023-03") } } }`);
    // As at 31 March 2023: June 23 is 91 days away at 50 % → at risk.
    expect(statuses(data.priority.deliverables)).toEqual(["ON_TRACK", "AT_RISK"]);
  });

  it("an unknown period is a BAD_USER_INPUT error", async () => {
    const result = await server.graphql(`{ deliverableStatusDate(period: "1999-Q-NONE") }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
