import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../harness/index.ts";

// The API's side of server rendering (src/server/renderPage.ts, staticWeb.ts) against a stand-in for the
// web app's build: an index.html and a dist/server/entry-server.js honouring the renderer's contract.
// The stand-in asks the API's GraphQL for the reader (as the real one does through Apollo), so these
// tests show the reader's cookie reaching the renderer's queries and every fallback to the plain page.
const INDEX = `<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>`;
const RENDERER = `
export async function renderPage({ url, fetchGraphql }) {
  const path = new URL(url).pathname;
  if (path === "/browser-only") return null;
  if (path === "/broken") throw new Error("render failed");
  const response = await fetchGraphql("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ me { email } }" }),
  });
  const { data } = await response.json();
  const who = data?.me?.email ?? "nobody";
  if (path === "/dollars") return { status: 200, html: "<p>Costs $& and $' and $$</p>", stateScript: "" };
  return {
    status: path === "/missing" ? 404 : 200,
    html: "<main><h1>Rendered " + path + " for " + who + "</h1></main>",
    stateScript: '<script type="application/json" id="ssr-state">{"who":"' + who + '"}</script>',
  };
}
`;

let dist: string;
let server: TestServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "pcc-web-dist-"));
  writeFileSync(join(dist, "index.html"), INDEX);
  mkdirSync(join(dist, "server"));
  writeFileSync(join(dist, "server", "entry-server.js"), RENDERER);
  server = await startTestServer({ env: { WEB_DIST: dist } });
});
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function page(path: string, cookie?: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { accept: "text/html", ...(cookie ? { cookie } : {}) },
  });
  return { response, body: await response.text() };
}

describe("server-rendered pages", () => {
  it("puts the renderer's markup inside #root and its state after it, for an anonymous reader", async () => {
    const { response, body } = await page("/priorities/1?period=2023-Q-MAR-MAY");
    expect(response.status).toBe(200);
    expect(body).toContain('<div id="root"><main><h1>Rendered /priorities/1 for nobody</h1></main></div>');
    expect(body).toContain('<script type="application/json" id="ssr-state">{"who":"nobody"}</script>');
    // The page carries the reader's own data: never from a shared cache.
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("vary")).toMatch(/Cookie/);
    // Still under the app's CSP: the state is JSON, not a script to run.
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("renders as the signed-in reader: their session cookie reaches the renderer's GraphQL", async () => {
    const cookie = await server.signInAs("EDITOR");
    const { body } = await page("/", cookie);
    expect(body).toContain("Rendered / for editor@harness.test");
  });

  it("puts a reader's text containing replacement patterns ($&, $') into the page as written", async () => {
    const { body } = await page("/dollars");
    expect(body).toContain(`<div id="root"><p>Costs $& and $' and $$</p></div>`);
  });

  it("passes the renderer's status on", async () => {
    const { response, body } = await page("/missing");
    expect(response.status).toBe(404);
    expect(body).toContain("Rendered /missing");
  });

  it("serves the plain index.html for a view the renderer leaves to the browser", async () => {
    const { response, body } = await page("/browser-only");
    expect(response.status).toBe(200);
    expect(body).toBe(INDEX);
  });

  it("serves the plain index.html when rendering fails, and says why on stderr", async () => {
    const originalError = console.error;
    const logged: string[] = [];
    console.error = (line: unknown) => logged.push(String(line));
    try {
      const { response, body } = await page("/broken");
      expect(response.status).toBe(200);
      expect(body).toBe(INDEX);
    } finally {
      console.error = originalError;
    }
    expect(logged.join("\n")).toMatch(/server rendering failed.*\/broken.*render failed/);
  });

  it("never serves the renderer's own code to browsers", async () => {
    const response = await fetch(`${server.url}/server/entry-server.js`);
    expect(await response.text()).not.toContain("fetchGraphql");
  });

  it("leaves /graphql and /api alone", async () => {
    const result = await server.graphql<{ me: null }>("{ me { email } }");
    expect(result.data).toEqual({ me: null });
  });
});

describe("without a server renderer in the build", () => {
  let plain: string;
  let plainServer: TestServer;
  beforeAll(async () => {
    plain = mkdtempSync(join(tmpdir(), "pcc-web-dist-"));
    writeFileSync(join(plain, "index.html"), INDEX);
    plainServer = await startTestServer({ env: { WEB_DIST: plain } });
  });
  afterAll(async () => {
    await plainServer?.close();
    rmSync(plain, { recursive: true, force: true });
  });

  it("serves index.html for every page, as before", async () => {
    const response = await fetch(`${plainServer.url}/metrics/abandonment-rate-101`, {
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
  });
});
