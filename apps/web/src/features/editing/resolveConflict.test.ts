import { describe, expect, it } from "vitest";
import { combineTexts } from "./combineTexts";
import { resolveConflict } from "./resolveConflict";

// The e2e conflict journey (e2e/specs/editConflict.spec.ts): a deliverable loaded at version 1 with
// progress 75 and no note; someone else saved a note first (version 2); this editor typed another note.
const base = { progress: 75, due: "April 23", note: null };
const theirs = {
  progress: 75,
  due: "April 23",
  note: "Tender evaluation complete; contract award due June.",
};
const mine = {
  progress: 75,
  due: "April 23",
  note: "Online offence services for victims confirmed in scope.",
};

describe("resolveConflict", () => {
  it("keep theirs submits nothing", () => {
    expect(resolveConflict(base, mine, theirs, 2, { kind: "keepTheirs" })).toEqual({ submit: null });
  });

  it("apply mine sends only my changed fields against their version", () => {
    expect(resolveConflict(base, mine, theirs, 2, { kind: "applyMine" })).toEqual({
      submit: { note: mine.note },
      expectedVersion: 2,
    });
  });

  it("apply mine keeps a field they changed and I did not", () => {
    const theirsWithProgress = { ...theirs, progress: 90 };
    const result = resolveConflict(base, mine, theirsWithProgress, 3, { kind: "applyMine" });
    expect(result).toEqual({ submit: { note: mine.note }, expectedVersion: 3 });
  });

  it("apply mine sends my progress when I changed it", () => {
    const mineWithProgress = { ...mine, progress: 80 };
    const result = resolveConflict(base, mineWithProgress, theirs, 2, { kind: "applyMine" });
    expect(result).toEqual({ submit: { progress: 80, note: mine.note }, expectedVersion: 2 });
  });

  it("merge sends the merged text plus my other changes", () => {
    const merged = `${theirs.note} ${mine.note}`;
    const mineWithDue = { ...mine, due: "June 23" };
    const result = resolveConflict(base, mineWithDue, theirs, 2, {
      kind: "merge",
      field: "note",
      text: merged,
    });
    expect(result).toEqual({ submit: { due: "June 23", note: merged }, expectedVersion: 2 });
  });

  it("merge equal to what is saved sends nothing for that field", () => {
    const result = resolveConflict(base, mine, theirs, 2, {
      kind: "merge",
      field: "note",
      text: theirs.note,
    });
    expect(result).toEqual({ submit: {}, expectedVersion: 2 });
  });
});

describe("combineTexts", () => {
  it.each([
    ["theirs", "mine", "theirs\nmine"],
    ["same", "same", "same"],
    ["", "mine", "mine"],
    ["theirs", "", "theirs"],
    ["a longer text", "longer", "a longer text"],
    ["short", "short and more", "short and more"],
  ])("combines %j and %j into %j", (a, b, expected) => {
    expect(combineTexts(a, b)).toBe(expected);
  });
});
