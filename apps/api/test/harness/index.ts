export {
  type GraphqlError,
  type GraphqlResponse,
  HARNESS_PASSWORD,
  startTestServer,
  type TestServer,
} from "./startTestServer.ts";
export { createTestDatabase, type TestDatabaseTarget } from "./testDatabase.ts";
