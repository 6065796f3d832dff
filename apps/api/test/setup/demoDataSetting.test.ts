import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("DEMO_DATA", () => {
  it.each([
    [{}, "on"],
    [{ NODE_ENV: "development" }, "on"],
    [{ NODE_ENV: "test" }, "on"],
    [{ NODE_ENV: "production" }, "off"],
    // A blank line in .env counts as unset: production still starts empty.
    [{ NODE_ENV: "production", DEMO_DATA: "" }, "off"],
    [{ NODE_ENV: "production", DEMO_DATA: "on" }, "on"],
    [{ NODE_ENV: "development", DEMO_DATA: "off" }, "off"],
  ])("with %j is %s", (env, expected) => {
    expect(loadConfig(env).DEMO_DATA).toBe(expected);
  });

  it("refuses anything but on or off, naming the setting", () => {
    expect(() => loadConfig({ DEMO_DATA: "yes" })).toThrow(ConfigError);
    expect(() => loadConfig({ DEMO_DATA: "yes" })).toThrow(/DEMO_DATA="yes"/);
  });
});
