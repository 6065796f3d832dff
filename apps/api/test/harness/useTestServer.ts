import { afterAll, beforeAll } from "vitest";
import { lateBound } from "./lateBound.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./startTestServer.ts";

/**
 * The test file's own server: started before its tests, closed after them. Call it at the top of
 * the file; the server it returns is usable in every test and in hooks registered after this call.
 */
export function useTestServer(options: TestServerOptions = {}): TestServer {
  const server = lateBound<TestServer>("The test server");
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(options);
    server.bind(started);
  });
  afterAll(async () => {
    await started?.close();
  });
  return server.value;
}
