import { describe, expect, it } from "vitest";
import { definitionAt } from "./definitionAt.ts";

// Hand-worked cases: a metric defined before any publication (the epoch row), renamed on 1 Aug 23.
const EPOCH = "1970-01-01T00:00:00.000Z";
const history = [
  { version: 2, createdAt: "2023-08-01T09:00:00.000Z", name: "renamed" },
  { version: 1, createdAt: EPOCH, name: "original" },
];

describe("definitionAt", () => {
  it.each([
    ["published before the rename", "2023-07-01T00:00:00.000Z", 1],
    ["published at the very moment of the rename", "2023-08-01T09:00:00.000Z", 2],
    ["published after the rename", "2023-09-01T00:00:00.000Z", 2],
    ["published at the epoch (a transcribed quarter)", EPOCH, 1],
  ])("%s → version %i", (_case, at, version) => {
    expect(definitionAt(history, at)?.version).toBe(version);
  });

  it("is null when every version is later than the moment asked", () => {
    expect(definitionAt([{ version: 1, createdAt: "2024-01-01T00:00:00.000Z" }], EPOCH)).toBeNull();
  });

  it("is null for no versions at all", () => {
    expect(definitionAt([], "2023-07-01T00:00:00.000Z")).toBeNull();
  });

  it("takes the higher version when two were saved at the same instant", () => {
    const same = "2023-08-01T09:00:00.000Z";
    const twins = [
      { version: 3, createdAt: same },
      { version: 4, createdAt: same },
    ];
    expect(definitionAt(twins, same)?.version).toBe(4);
  });
});
