// Serves PostGraphile on PORT with Node's own http server (no framework in the way).
// Run under Node 22 from bench/.postgraphile, where run.ts copies this folder and installs its package.json.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(() => {
  server.listen(Number(process.env.PORT), "127.0.0.1", () => {
    console.log(`postgraphile listening on ${process.env.PORT}`);
  });
});

// Release the pool on the signal run.ts sends, so the bench database can be dropped.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    pgl.release().finally(() => process.exit(0));
  });
}
