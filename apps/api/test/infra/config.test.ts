import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration from the environment", () => {
  it("has working defaults: port 4000, embedded PGlite under .data/pglite", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PGLITE_DATA_DIR.endsWith(".data/pglite")).toBe(true);
    expect(config.isProduction).toBe(false);
    expect(config.WEB_DIST.endsWith("apps/web/dist")).toBe(true);
  });

  it("treats empty strings as unset (a blank line in .env)", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).PORT).toBe(4000);
  });

  it("accepts memory:// for PGlite and a postgresql:// URL", () => {
    expect(loadConfig({ PGLITE_DATA_DIR: "memory://" }).PGLITE_DATA_DIR).toBe("memory://");
    const url = "postgresql://postgres@127.0.0.1:5432/pcc";
    expect(loadConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/pcc" }, "DATABASE_URL"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ SESSION_TTL_HOURS: "-1" }, "SESSION_TTL_HOURS"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ TRUST_PROXY: "true" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "10.0.0.0/40" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "loopback, proxy.example" }, "TRUST_PROXY"],
  ])("names the bad setting %o", (env, name) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}=`));
  });

  it("trusts no proxy unless told which: a hop count or a list of addresses and ranges", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "none" }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 172.18.0.2, loopback" }).TRUST_PROXY).toEqual([
      "10.0.0.0/8",
      "172.18.0.2",
      "loopback",
    ]);
  });

  it("reports every bad setting at once, one line each, quoting the value", () => {
    const problems = problemsOf({ PORT: "x", NODE_ENV: "staging", DATABASE_URL: "nope" });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toContain('PORT="x"');
    expect(problems.join("\n")).toContain("postgresql://");
    const message = new ConfigError(problems).message;
    expect(message.split("\n")).toHaveLength(4);
  });
});
