import { describe, expect, it } from "vitest";
import { targetStanding } from "../targets/targetStanding.ts";
import type {
  DeliverableSnapshot,
  MetricSnapshot,
  QuarterSnapshot,
  RiskSnapshot,
} from "./QuarterSnapshot.ts";
import { quarterChanges } from "./quarterChanges.ts";

// Two consecutive quarters, March – May 23 (latest month May-23) and June – Aug 23 (Aug-23). The
// later quarter's deliverables and risks are new rows carried from the earlier ones, as opening a
// quarter makes them. Expected sentences are worded by hand from the domain's formatters.
const crimes: MetricSnapshot = {
  id: "m1",
  name: "Crimes recorded",
  unit: "COUNT",
  polarity: "LOWER_IS_BETTER",
  latest: { value: 1435, month: "2023-05" },
  target: null,
  signals: [],
};
const recruit: DeliverableSnapshot = {
  id: "d1",
  carriedFromId: null,
  action: "Recruit 20 more PCSOs",
  progress: 40,
  status: "ON_TRACK",
};
const fraud: RiskSnapshot = {
  id: "r1",
  carriedFromId: null,
  text: "Fraud reporting backlog",
  isClosed: false,
};

const earlier: QuarterSnapshot = { metrics: [crimes], deliverables: [recruit], risks: [fraud] };
/** The later quarter with nothing changed: the same figures, carried rows with new ids. */
const unchanged: QuarterSnapshot = {
  metrics: [crimes],
  deliverables: [{ ...recruit, id: "d2", carriedFromId: "d1" }],
  risks: [{ ...fraud, id: "r2", carriedFromId: "r1" }],
};
const later = (change: Partial<QuarterSnapshot>): QuarterSnapshot => ({ ...unchanged, ...change });

describe("quarterChanges", () => {
  it("is empty when nothing changed", () => {
    expect(quarterChanges(earlier, unchanged)).toEqual([]);
    expect(quarterChanges(earlier, earlier)).toEqual([]);
  });

  it.each([
    // [case, earlier metric, later metric, direction, sentence]
    [
      "a count up, lower is better",
      crimes,
      { ...crimes, latest: { value: 1520, month: "2023-08" } },
      "WORSE",
      "Crimes recorded rose from 1,435 in May-23 to 1,520 in Aug-23 (worse).",
    ],
    [
      "a rate up, higher is better",
      {
        ...crimes,
        name: "Positive outcome rate",
        unit: "PERCENT",
        polarity: "HIGHER_IS_BETTER",
        latest: { value: 7.5, month: "2023-05" },
      },
      {
        ...crimes,
        name: "Positive outcome rate",
        unit: "PERCENT",
        polarity: "HIGHER_IS_BETTER",
        latest: { value: 8.1, month: "2023-08" },
      },
      "BETTER",
      "Positive outcome rate rose from 7.5% in May-23 to 8.1% in Aug-23 (better).",
    ],
    [
      "a time down, lower is better",
      {
        ...crimes,
        name: "Priority response (mean)",
        unit: "SECONDS",
        latest: { value: 6893, month: "2023-05" },
      },
      {
        ...crimes,
        name: "Priority response (mean)",
        unit: "SECONDS",
        latest: { value: 2816, month: "2023-08" },
      },
      "BETTER",
      "Priority response (mean) fell from 1:54:53 in May-23 to 46:56 in Aug-23 (better).",
    ],
    [
      "a neutral metric moves without a verdict",
      { ...crimes, name: "999 calls", polarity: "NEUTRAL", latest: { value: 10012, month: "2023-05" } },
      { ...crimes, name: "999 calls", polarity: "NEUTRAL", latest: { value: 9870, month: "2023-08" } },
      "NEUTRAL",
      "999 calls fell from 10,012 in May-23 to 9,870 in Aug-23.",
    ],
    [
      "a revised figure for the same month",
      crimes,
      { ...crimes, latest: { value: 1401, month: "2023-05" } },
      "BETTER",
      "Crimes recorded was revised from 1,435 to 1,401 for May-23 (better).",
    ],
  ] as const)("FIGURE_MOVED: %s", (_case, was, is, direction, sentence) => {
    const changes = quarterChanges({ ...earlier, metrics: [was] }, later({ metrics: [is] }));
    expect(changes).toEqual([
      { kind: "FIGURE_MOVED", metricId: "m1", from: was.latest, to: is.latest, direction, sentence },
    ]);
  });

  it.each([
    ["prints the same (7.51% and 7.54% are both 7.5%)", 7.51, 7.54],
    ["is the same value a month later", 7.5, 7.5],
  ])("no FIGURE_MOVED when the figure %s", (_case, from, to) => {
    const rate = { ...crimes, unit: "PERCENT" as const, latest: { value: from, month: "2023-05" } };
    const moved = { ...rate, latest: { value: to, month: "2023-08" } };
    expect(quarterChanges({ ...earlier, metrics: [rate] }, later({ metrics: [moved] }))).toEqual([]);
  });

  it("no FIGURE_MOVED when either quarter had no figure", () => {
    const none = { ...crimes, latest: null };
    expect(quarterChanges({ ...earlier, metrics: [none] }, later({ metrics: [crimes] }))).toEqual([]);
    expect(quarterChanges(earlier, later({ metrics: [none] }))).toEqual([]);
  });

  // Standings from targetStanding's own examples: 1,196 against the 1,189 target; the 1-hour SLA.
  it("TARGET_NEWLY_MET and TARGET_NEWLY_MISSED", () => {
    const outcomes = {
      ...crimes,
      id: "m2",
      name: "Positive outcomes",
      polarity: "HIGHER_IS_BETTER" as const,
    };
    const standing = (value: number) => targetStanding(value, 1189, "TARGET", "HIGHER_IS_BETTER", "COUNT");
    const response = { ...crimes, id: "m3", name: "Priority response (mean)", unit: "SECONDS" as const };
    const sla = (value: number) => targetStanding(value, 3600, "SLA", "LOWER_IS_BETTER", "SECONDS");
    const changes = quarterChanges(
      {
        ...earlier,
        metrics: [
          { ...outcomes, target: standing(1150) },
          { ...response, target: sla(2816) },
        ],
      },
      later({
        metrics: [
          { ...outcomes, target: standing(1196) },
          { ...response, target: sla(6893) },
        ],
      }),
    );
    expect(changes).toEqual([
      {
        kind: "TARGET_NEWLY_MET",
        metricId: "m2",
        sentence: "Newly met for Positive outcomes: 1,196 exceeds the 1,189 target.",
      },
      {
        kind: "TARGET_NEWLY_MISSED",
        metricId: "m3",
        sentence: "Newly missed for Priority response (mean): 1:54:53 breaches the 1-hour SLA.",
      },
    ]);
  });

  it("no target change when a target is set or removed: it was neither met nor missed before", () => {
    const met = { ...crimes, target: { isMet: true, text: "1,435 is under the 1,500 target" } };
    expect(quarterChanges(earlier, later({ metrics: [met] }))).toEqual([]);
    expect(quarterChanges({ ...earlier, metrics: [met] }, unchanged)).toEqual([]);
  });

  it("SIGNAL_STARTED and SIGNAL_ENDED, classified by polarity", () => {
    const spike = { rule: "OUTSIDE_LIMITS", direction: "LOW", from: "2023-05", to: "2023-05" } as const;
    const trend = { rule: "TREND", direction: "HIGH", from: "2023-02", to: "2023-08" } as const;
    const changes = quarterChanges(
      { ...earlier, metrics: [{ ...crimes, signals: [spike] }] },
      later({ metrics: [{ ...crimes, signals: [trend] }] }),
    );
    expect(changes).toEqual([
      {
        kind: "SIGNAL_ENDED",
        metricId: "m1",
        signal: spike,
        classification: "IMPROVEMENT",
        sentence: "Signal ended for Crimes recorded: below the lower control limit, May-23.",
      },
      {
        kind: "SIGNAL_STARTED",
        metricId: "m1",
        signal: trend,
        classification: "CONCERN",
        sentence: "New signal for Crimes recorded: a rising trend, Feb-23 to Aug-23 (a concern).",
      },
    ]);
  });

  it("a signal that has run on is the same signal; a second spell is a new one", () => {
    const shift = { rule: "SHIFT", direction: "LOW", from: "2022-11", to: "2023-05" } as const;
    const runOn = { ...shift, to: "2023-08" };
    const spell = { rule: "OUTSIDE_LIMITS", direction: "HIGH", from: "2023-03", to: "2023-03" } as const;
    const again = { ...spell, from: "2023-08", to: "2023-08" };
    const changes = quarterChanges(
      { ...earlier, metrics: [{ ...crimes, signals: [shift, spell] }] },
      later({ metrics: [{ ...crimes, signals: [runOn, again] }] }),
    );
    expect(changes.map((c) => [c.kind, c.sentence])).toEqual([
      ["SIGNAL_ENDED", "Signal ended for Crimes recorded: above the upper control limit, Mar-23."],
      [
        "SIGNAL_STARTED",
        "New signal for Crimes recorded: above the upper control limit, Aug-23 (a concern).",
      ],
    ]);
  });

  it.each([
    [
      "progress up",
      { progress: 60 },
      [
        {
          kind: "DELIVERABLE_PROGRESS",
          from: 40,
          to: 60,
          sentence: "Recruit 20 more PCSOs: progress rose from 40% to 60%.",
        },
      ],
    ],
    [
      "progress down and status with it",
      { progress: 30, status: "AT_RISK" },
      [
        {
          kind: "DELIVERABLE_PROGRESS",
          from: 40,
          to: 30,
          sentence: "Recruit 20 more PCSOs: progress fell from 40% to 30%.",
        },
        {
          kind: "DELIVERABLE_STATUS",
          from: "ON_TRACK",
          to: "AT_RISK",
          sentence: "Recruit 20 more PCSOs: now at risk (was on track).",
        },
      ],
    ],
    [
      "status alone (the due date came closer)",
      { status: "OVERDUE" },
      [
        {
          kind: "DELIVERABLE_STATUS",
          from: "ON_TRACK",
          to: "OVERDUE",
          sentence: "Recruit 20 more PCSOs: now overdue (was on track).",
        },
      ],
    ],
  ] as const)("DELIVERABLE_*: %s", (_case, change, expected) => {
    const carried = { ...recruit, id: "d2", carriedFromId: "d1", ...change };
    const changes = quarterChanges(earlier, later({ deliverables: [carried] }));
    expect(changes).toEqual(expected.map((c) => ({ ...c, deliverableId: "d2", earlierDeliverableId: "d1" })));
  });

  it("follows a deliverable's carriedFromId chain across the quarters in between", () => {
    const twoOn = { ...recruit, id: "d3", carriedFromId: "d2", progress: 80 };
    const between = [{ id: "d2", carriedFromId: "d1" }];
    expect(quarterChanges(earlier, later({ deliverables: [twoOn] }), between)).toEqual([
      {
        kind: "DELIVERABLE_PROGRESS",
        deliverableId: "d3",
        earlierDeliverableId: "d1",
        from: 40,
        to: 80,
        sentence: "Recruit 20 more PCSOs: progress rose from 40% to 80%.",
      },
    ]);
    // Without the link in between the chain is broken: the later row is new, not a change.
    expect(quarterChanges(earlier, later({ deliverables: [twoOn] }))).toEqual([]);
  });

  it("a deliverable added in the later quarter, or not carried, is not a change of these kinds", () => {
    const added = { ...recruit, id: "d9", carriedFromId: null, progress: 10 };
    expect(quarterChanges(earlier, later({ deliverables: [added] }))).toEqual([]);
    expect(quarterChanges(earlier, later({ deliverables: [] }))).toEqual([]);
  });

  it.each([
    [
      "a new live statement is opened",
      [fraud, { id: "r9", carriedFromId: null, text: "Custody suite capacity", isClosed: false }],
      [
        {
          kind: "RISK_OPENED",
          riskId: "r9",
          earlierRiskId: null,
          sentence: "Risk opened: Custody suite capacity",
        },
      ],
    ],
    [
      "a carried statement closed on review",
      [{ ...fraud, id: "r2", carriedFromId: "r1", isClosed: true }],
      [
        {
          kind: "RISK_CLOSED",
          riskId: "r2",
          earlierRiskId: "r1",
          sentence: "Risk closed: Fraud reporting backlog",
        },
      ],
    ],
    [
      "a live statement not carried forward",
      [],
      [
        {
          kind: "RISK_CLOSED",
          riskId: "r1",
          earlierRiskId: "r1",
          sentence: "Risk closed (no longer listed): Fraud reporting backlog",
        },
      ],
    ],
    [
      "a statement opened and closed since the earlier quarter",
      [fraud, { id: "r9", carriedFromId: null, text: "Custody suite capacity", isClosed: true }],
      [],
    ],
  ] as const)("RISK_*: %s", (_case, risks, expected) => {
    expect(quarterChanges({ ...earlier, risks: [fraud] }, later({ risks }))).toEqual(expected);
  });

  it("RISK_OPENED when a closed statement is reopened", () => {
    const closed = { ...fraud, isClosed: true };
    const reopened = { ...fraud, id: "r2", carriedFromId: "r1" };
    expect(quarterChanges({ ...earlier, risks: [closed] }, later({ risks: [reopened] }))).toEqual([
      {
        kind: "RISK_OPENED",
        riskId: "r2",
        earlierRiskId: "r1",
        sentence: "Risk reopened: Fraud reporting backlog",
      },
    ]);
  });

  it("lists metrics first in the later quarter's order, then deliverables, then risks", () => {
    const second = { ...crimes, id: "m2", name: "Burglaries" };
    const changes = quarterChanges(
      { metrics: [crimes, second], deliverables: [recruit], risks: [fraud] },
      {
        metrics: [
          { ...second, latest: { value: 90, month: "2023-08" } },
          { ...crimes, latest: { value: 1500, month: "2023-08" } },
        ],
        deliverables: [{ ...recruit, id: "d2", carriedFromId: "d1", progress: 50 }],
        risks: [],
      },
    );
    expect(
      changes.map((c) => [
        c.kind,
        "metricId" in c ? c.metricId : "deliverableId" in c ? c.deliverableId : c.riskId,
      ]),
    ).toEqual([
      ["FIGURE_MOVED", "m2"],
      ["FIGURE_MOVED", "m1"],
      ["DELIVERABLE_PROGRESS", "d2"],
      ["RISK_CLOSED", "r1"],
    ]);
  });
});
