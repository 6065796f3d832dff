// The benchmark baseline: PostGraphile 5's auto-generated GraphQL over the same database,
// configured the way its documentation recommends for a new project (amber preset, simplify inflection).
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  // By default only indexed columns can order a connection; the scorecard tables order by an
  // unindexed "position", so let every column order (PostGraphile's documented switch) to answer in the same order.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

export default preset;
