export { lateBound } from "./lateBound.ts";
export { signInCookie } from "./signInCookie.ts";
export {
  type GraphqlError,
  type GraphqlResponse,
  HARNESS_PASSWORD,
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from "./startTestServer.ts";
export { createTestDatabase, type TestDatabaseTarget } from "./testDatabase.ts";
export { useTestServer } from "./useTestServer.ts";
