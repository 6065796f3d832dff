// Which way imports point (ARCHITECTURE.md, docs/decisions/0014-boundaries-by-dependency-cruiser.md),
// checked on every `pnpm test` by `pnpm boundaries`. Paths are resolved files, so a rule holds however
// the import is spelled: a package name, a workspace link or a relative path.

const API = "^apps/api/src/";
const WEB = "^apps/web/";
const DOMAIN = "^packages/domain/";
// A package's resolved path under pnpm ends in node_modules/<name>/; an import that cannot be resolved
// keeps its bare name.
const DATABASE_DRIVERS = [
  "(^|/)node_modules/(pg|pg-pool|prisma|@prisma/[^/]+)/",
  "^(pg|prisma|@prisma/.+)$",
  `${API}data/generated/`,
];
// Tests and benchmarks of the domain may use their runners; the functions themselves may not.
const DOMAIN_TEST_TOOLS = "(^|/)node_modules/(vitest|@vitest/[^/]+|fast-check)/";
const DOMAIN_TESTS = `${DOMAIN}(.+\\.test\\.ts$|bench/|test/)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-imports-only-itself",
      comment:
        "packages/domain is pure and framework-free: it imports only its own files. No node: builtins, " +
        "no npm package, no other workspace package, no path out of the package.",
      severity: "error",
      from: { path: DOMAIN, pathNot: DOMAIN_TESTS },
      to: { pathNot: DOMAIN },
    },
    {
      name: "domain-tests-import-only-the-domain-and-their-runners",
      comment: "The domain's tests and benchmarks may add vitest and fast-check, nothing else.",
      severity: "error",
      from: { path: DOMAIN_TESTS },
      to: { pathNot: [DOMAIN, DOMAIN_TEST_TOOLS] },
    },
    {
      name: "web-never-imports-the-api",
      comment:
        "The web app knows the API only through the GraphQL schema and the generated types: never " +
        "apps/api (or @pcc/api), never a database driver or the Prisma client.",
      severity: "error",
      from: { path: WEB },
      to: { path: ["^apps/api/", "^@pcc/api(/|$)", ...DATABASE_DRIVERS] },
    },
    {
      name: "schema-never-imports-data",
      comment:
        "Resolvers call services; only services reach the data layer. The one exception is the next rule's.",
      severity: "error",
      from: { path: `${API}schema/` },
      to: { path: `${API}data/`, pathNot: `${API}data/records\\.ts$` },
    },
    {
      name: "schema-uses-records-only-as-types",
      comment:
        "The generated resolver types name data/records.ts's plain records as their parents (codegen's " +
        "mappers): a type-only import of that one file, never a value.",
      severity: "error",
      from: { path: `${API}schema/` },
      to: { path: `${API}data/records\\.ts$`, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "services-never-import-database-drivers",
      comment:
        "Services see repositories, loaders and plain records, never pg, Prisma or the generated client " +
        "(not even for a type).",
      severity: "error",
      from: { path: `${API}services/` },
      to: { path: DATABASE_DRIVERS },
    },
    {
      name: "services-reach-data-only-through-repositories",
      comment:
        "The data layer's entry points for services are data/repositories/**, data/loaders.ts and the " +
        "record types in data/records.ts; a query module's internals stay behind them. A type-only " +
        "import is allowed: it couples to a shape, not to a query.",
      severity: "error",
      from: { path: `${API}services/` },
      to: {
        path: `${API}data/`,
        pathNot: `${API}data/(repositories/|records\\.ts$|loaders\\.ts$)`,
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "web-ui-never-imports-features",
      comment:
        "ui/ holds the app's primitives; features and routes compose them, never the other way round " +
        "(a primitive that needs a feature's part takes it as a prop).",
      severity: "error",
      from: { path: `${WEB}src/ui/` },
      to: { path: `${WEB}src/(features|routes)/` },
    },
    {
      name: "no-cycles",
      comment:
        "No module may depend on itself through others: a cycle makes load order matter and the two " +
        "modules one unit in disguise. Type-only imports count too, as they couple the modules' design.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-unresolvable-imports",
      comment: "An import the checker cannot resolve would slip past every rule above.",
      severity: "error",
      // The PostGraphile baseline installs its packages under Node 22 on demand (bench/README.md), so they resolve only after a benchmark run.
      from: { pathNot: "^bench/postgraphile/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a `import type` from apps/api couples the web to it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    // Generated code is a target of the rules (services must not reach the Prisma client), not a
    // source to check.
    doNotFollow: { path: ["(^|/)node_modules/", `${API}data/generated/`, "^apps/web/src/gql/"] },
    exclude: {
      path: [
        // Build output and local data in the workspace, not in installed packages (vitest lives in a dist/).
        "^(apps|packages|tools)/[^/]+/(dist|coverage|\\.data)/",
        "^e2e/(test-results|playwright-report)/",
        "^bench/\\.(postgraphile|node22)/",
      ],
    },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
