import { monthLabel } from "@pcc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../harness/index.ts";

// A drafted sentence never contradicts the data beside it or the report's own statements
// (/work/shared/seed/000_b1923a938e71491c.txt), for every metric of the report: each invariant below is
// checked against the same fields the screens show next to the draft.

interface Draft {
  key: string;
  generatedText: string;
}
interface MetricDrafts {
  id: string;
  dataCaptureStart: string | null;
  change: { text: string; against: string } | null;
  targetStanding: { text: string } | null;
  series: { periods: string[] };
  spc: { status: string; points: { periodEnd: string; special: boolean }[] } | null;
  narrative: Draft[];
}

let server: TestServer;
let metrics: MetricDrafts[];

beforeAll(async () => {
  server = await startTestServer();
  const list = await server.graphql<{ metrics: { id: string }[] }>("{ metrics { id } }");
  metrics = [];
  for (const { id } of list.data!.metrics) {
    const result = await server.graphql<{ metric: MetricDrafts }>(
      `query ($id: ID!) { metric(id: $id) { id dataCaptureStart change { text against } targetStanding { text }
        series { periods } spc { status points { periodEnd special } } narrative { key generatedText } } }`,
      { id },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    metrics.push(result.data!.metric);
  }
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const draftOf = (id: string, key: string) =>
  metrics.find((m) => m.id === id)?.narrative.find((d) => d.key === key)?.generatedText ?? null;

describe("drafted sentences agree with the data, for every metric", () => {
  it("drafts something for every metric with data", () => {
    const withData = metrics.filter((m) => m.series.periods.length > 0);
    expect(withData.length).toBeGreaterThan(60);
    for (const m of withData) expect(m.narrative.length, m.id).toBeGreaterThan(0);
  });

  it("a change sentence states the change the tile shows, against the same months", () => {
    for (const m of metrics) {
      const sentence = m.narrative.find((d) => d.key === "change")?.generatedText;
      if (!sentence) continue;
      expect(m.change, m.id).not.toBeNull();
      expect(sentence, m.id).toContain(m.change!.against);
      if (m.change!.text === "no change") expect(sentence, m.id).toContain("no change");
      else expect(sentence, m.id).toContain(m.change!.text.replace(/^[+-]/, "").replace(/ days?$/, ""));
    }
  });

  it("a target or SLA sentence says what the standing beside the badge says", () => {
    for (const m of metrics) {
      const sentence = m.narrative.find((d) => d.key === "sla" || d.key === "target")?.generatedText;
      if (sentence) expect(sentence, m.id).toContain(m.targetStanding!.text);
    }
  });

  it("never calls a month stable when its point is special cause, nor 'at a limit' as if it were a signal", () => {
    for (const m of metrics) {
      const latest = m.spc?.points.at(-1);
      const spc = m.narrative.find((d) => d.key === "spc")?.generatedText ?? "";
      if (latest?.special) expect(spc, m.id).not.toMatch(/remains stable/);
      if (latest && !latest.special && /is at the [UL]CL/.test(spc))
        expect(spc, m.id).toMatch(/within its control limits/);
    }
  });

  it("no limits, signals or trial warnings are drafted for rolling, '12 months to' or quarterly series", () => {
    for (const m of metrics.filter((x) => x.spc?.status === "TREND_ONLY")) {
      expect(
        m.narrative.map((d) => d.key),
        m.id,
      ).not.toContain("spc");
      expect(
        m.narrative.map((d) => d.key),
        m.id,
      ).not.toContain("trial");
    }
  });

  it("'Data capture began' names the month data capture really began", () => {
    for (const m of metrics) {
      const trial = m.narrative.find((d) => d.key === "trial")?.generatedText;
      const began = trial?.match(/^Data capture began (\w{3}-\d\d)/)?.[1];
      if (!began) continue;
      expect(began, m.id).toBe(monthLabel(m.dataCaptureStart ?? m.series.periods[0]!));
    }
  });

  it("no draft carries a month key or a rule code", () => {
    for (const m of metrics)
      for (const d of m.narrative)
        expect(d.generatedText, m.id).not.toMatch(/\d{4}-\d\d|OUTSIDE_LIMITS|TWO_OF_THREE|SHIFT/);
  });
});

describe("drafted sentences agree with the report's statements", () => {
  it.each([
    [
      "Reported Cybercrimes … -1.5% is affected by an exceptional high period over Feb-22 and Mar-22",
      "cybercrime-volume",
      "exceptional highs in Feb-22 to Mar-22",
    ],
    [
      "Hate crime … -7.2%, affected by two exceptionally high months reported in 2021",
      "hate-crime-volume",
      "exceptional highs in Jun-21 to Jul-21",
    ],
    [
      "Dissatisfactions … significantly affected by the most recent exceptional highs (Aug-22 to Nov-22)",
      "dissatisfactions",
      "exceptional highs in Aug-22 to Nov-22",
    ],
    [
      "Drug driving: Jan-23 and Feb-23 recorded a two-month exceptional high",
      "drug-driving-arrests",
      "exceptional highs in Jan-23 to Feb-23",
    ],
  ])("%s", (_quote, id, words) => {
    expect(draftOf(id, "change")).toContain(words);
  });

  it("'Long term … stable' series draft no trend", () => {
    for (const id of [
      "stalking-harassment-volume",
      "domestic-abuse-volume",
      "drink-driving-arrests",
      "drug-driving-arrests",
      "hate-crime-volume",
    ]) {
      const spc = draftOf(id, "spc") ?? "";
      expect(spc, id).not.toMatch(/trend|consistently/);
    }
  });

  it("CRIB's short stretch of limits follows the new 101 Operating Model, not the start of data capture", () => {
    expect(draftOf("crib-answer-time", "trial")).toMatch(/process change in Sep-22/);
  });

  it("'Wiltshire Police exceeded the Government uplift target with 1196 FTE Police Officers v 1189 target'", () => {
    expect(draftOf("police-officer-fte", "target")).toBe(
      "Police officers (FTE): 1,196 exceeds the 1,189 target",
    );
  });

  it("'RASSO Time to charge for Mar-23 is 137 and no longer exceptional'", () => {
    expect(draftOf("time-to-charge-rasso", "spc")).toMatch(
      /however Mar-23 is back to normal figures at 137 days$/,
    );
  });

  it("THRIVE+: 'a reduction of -10.9 percentage point compared to the previous 3 months … greater than the +/-5% margin'", () => {
    expect(draftOf("thrive-overall", "previous3")).toMatch(
      /-10\.9 percentage points compared to the previous 3 months\. This is greater than/,
    );
  });
});
