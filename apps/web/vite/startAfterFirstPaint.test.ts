import { describe, expect, it } from "vitest";
import { deferAppStart } from "./startAfterFirstPaint";

const built = `<head>
    <title>x</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-b.js">
    <link rel="modulepreload" crossorigin href="/assets/util-c.js">
    <link rel="stylesheet" crossorigin href="/assets/index-d.css">
  </head>`;

describe("deferAppStart", () => {
  it("swaps the entry script and its preloads for the start script, keeping the stylesheet", () => {
    const html = deferAppStart(built, "/assets/start-e.js");
    expect(html).toContain(
      '<script type="module" src="/assets/start-e.js" data-app="/assets/index-a.js" data-preload="/assets/jsx-b.js /assets/util-c.js"></script>',
    );
    expect(html).not.toContain('src="/assets/index-a.js"');
    expect(html).not.toContain("modulepreload");
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-d.css">');
  });
  it("refuses a page without an entry script rather than ship one that never starts", () => {
    expect(() => deferAppStart("<head></head>", "/s.js")).toThrow(/no entry/);
  });
});
