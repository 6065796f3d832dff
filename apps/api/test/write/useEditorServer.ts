import { beforeAll } from "vitest";
import { lateBound, type TestServer, type TestServerOptions, useTestServer } from "../harness/index.ts";
import { type EditorClient, editorClient } from "./editorClient.ts";

/** The file's own server and a signed-in editor's client for it, both ready once beforeAll has run. */
export function useEditorServer(options: TestServerOptions = {}): {
  server: TestServer;
  editor: EditorClient;
} {
  const server = useTestServer(options);
  const editor = lateBound<EditorClient>("The editor's client");
  beforeAll(async () => {
    editor.bind(await editorClient(server));
  });
  return { server, editor: editor.value };
}
