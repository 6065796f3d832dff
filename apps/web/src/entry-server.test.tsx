// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderPage } from "./entry-server";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("renderPage (the server renderer the API loads)", () => {
  it("leaves browser-only views to the browser without asking for data", async () => {
    let asked = 0;
    const page = await renderPage({
      url: "http://localhost/sign-in",
      fetchGraphql: async () => {
        asked += 1;
        return json({ data: null });
      },
    });
    expect(page).toBeNull();
    expect(asked).toBe(0);
  });

  it("leaves a page to the browser when one of its queries fails", async () => {
    const page = await renderPage({
      url: "http://localhost/glossary",
      fetchGraphql: async () => json({ errors: [{ message: "The database is not reachable" }] }, 503),
    });
    expect(page).toBeNull();
  });

  it("renders a server-rendered view with its data and the state to hydrate from", async () => {
    const glossary = [
      { __typename: "GlossaryTerm", acronym: "MSG", meaning: "Most similar group" },
      { __typename: "GlossaryTerm", acronym: "XSS", meaning: "</script><script>alert(1)</script>" },
    ];
    const page = await renderPage({
      url: "http://localhost/glossary",
      fetchGraphql: async (_input, init) => {
        const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
        if (operationName === "Viewer") return json({ data: { me: null } });
        if (operationName === "Glossary") return json({ data: { glossary } });
        return json({ errors: [{ message: `unexpected ${operationName}` }] });
      },
    });
    expect(page?.status).toBe(200);
    expect(page?.html).toContain("Most similar group");
    expect(page?.stateScript).toMatch(/^<script type="application\/json" id="ssr-state">\{.*"GlossaryTerm:/);
    // Text from the data can never close the state's <script> element.
    expect(page?.stateScript.match(/<\/script>/g)).toHaveLength(1);
    expect(page?.stateScript).toContain("\\u003c/script>");
  });
});
