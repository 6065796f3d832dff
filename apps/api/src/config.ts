import { isIP } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string (or leave it unset for PGlite)")
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).default(resolve(repoRoot, ".data/pglite")),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST: z.string().min(1).default(resolve(repoRoot, "apps/web/dist")),
  // The March – May 23 report and the demo accounts: on by default except in production, where a new
  // database starts empty (migrations only) and the admin sets the force and plan up (/setup).
  DEMO_DATA: z.enum(["on", "off"]).optional(),
  // "off" executes every query (benchmarks compare both; decision 0009).
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  // Longest a query may execute before it is stopped with a clean error (server/queryBudget.ts).
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(5000),
  // Memory at which new requests are refused with 503 until it falls back (server/shedLoad.ts).
  MEMORY_LIMIT_MB: z.coerce.number().int().min(64).max(1_048_576).optional(),
  TRUST_PROXY: z
    .string()
    .default("none")
    .transform(parseTrustedProxies)
    .refine((value) => value !== undefined, {
      message:
        "must be none, a number of proxy hops, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal, uniquelocal",
    })
    .transform((value) => value ?? false),
});

/**
 * Which proxies may tell us the client's address (X-Forwarded-For), in the form Express's
 * "trust proxy" takes: false for none, a hop count, or a list of addresses and ranges. Anything
 * else is refused, in particular "true" (trust every hop), which lets any client write its own
 * address and so move the sign-in limit.
 */
export type TrustedProxies = false | number | string[];

const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function parseTrustedProxies(raw: string): TrustedProxies | undefined {
  const value = raw.trim().toLowerCase();
  if (value === "none" || value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(",").map((entry) => entry.trim());
  const isValid = (entry: string) => {
    if (NAMED_RANGES.has(entry)) return true;
    const [address, bits, ...rest] = entry.split("/");
    if (rest.length > 0 || !address) return false;
    const version = isIP(address);
    if (version === 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
  };
  return entries.every(isValid) ? entries : undefined;
}

export type Config = Omit<z.infer<typeof schema>, "DEMO_DATA"> & {
  isProduction: boolean;
  /** Whether the report is seeded and the demo accounts created; DEMO_DATA, else off only in production. */
  DEMO_DATA: "on" | "off";
};

/** Thrown at start-up with one line per bad setting, so the operator can fix them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses and validates the environment. Empty strings count as unset (a blank line in .env). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return `${name}=${JSON.stringify(present[name] ?? "")}: ${issue.message}`;
      }),
    );
  }
  const pgliteDir = parsed.data.PGLITE_DATA_DIR;
  const isProduction = parsed.data.NODE_ENV === "production";
  return {
    ...parsed.data,
    DEMO_DATA: parsed.data.DEMO_DATA ?? (isProduction ? "off" : "on"),
    PGLITE_DATA_DIR: pgliteDir.startsWith("memory://") ? pgliteDir : resolve(pgliteDir),
    isProduction,
  };
}
