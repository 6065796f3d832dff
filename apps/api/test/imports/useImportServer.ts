import { beforeAll } from "vitest";
import { lateBound, type TestServer, useTestServer } from "../harness/index.ts";
import { buildImportWorld, type ImportWorld } from "./buildImportWorld.ts";

/**
 * The import tests' set-up: the file's server, the scorecard and metrics they load into, and a
 * signed-in editor (`editor.cookie`), all ready once beforeAll has run.
 */
export function useImportServer(): { server: TestServer; world: ImportWorld; editor: { cookie: string } } {
  const server = useTestServer();
  const world = lateBound<ImportWorld>("The import world");
  const editor = lateBound<{ cookie: string }>("The editor's session");
  beforeAll(async () => {
    world.bind(await buildImportWorld(server));
    editor.bind({ cookie: await server.signInAs("EDITOR") });
  });
  return { server, world: world.value, editor: editor.value };
}
