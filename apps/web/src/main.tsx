import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { App } from "./app/App";
import { apolloClient } from "./app/apolloClient";
import { createRoutes } from "./app/createRoutes";
import { readServerState } from "./app/readServerState";
import { resolveLazyMatches } from "./app/resolveLazyMatches";
import "./index.css";

// Lets the browser handle input and paint between start-up steps, so each is its own short task rather
// than one long one (it keeps total blocking time low).
const yieldToBrowser = () => new Promise((resume) => setTimeout(resume, 0));

async function start(container: HTMLElement) {
  await yieldToBrowser();
  const serverState = readServerState();
  if (serverState) apolloClient.restore(serverState.apollo as Parameters<typeof apolloClient.restore>[0]);
  const routes = createRoutes(apolloClient);
  if (serverState) await resolveLazyMatches(routes, window.location);
  await yieldToBrowser();
  const router = createBrowserRouter(routes, { hydrationData: serverState?.router });
  await yieldToBrowser();
  const app = (
    <StrictMode>
      <App client={apolloClient}>
        <RouterProvider router={router} />
      </App>
    </StrictMode>
  );
  // A transition lets React hydrate or render the first view in slices that yield to the browser, rather
  // than in one long task that blocks input (total blocking time under Lighthouse's
  // mobile profile). The server rendered the read-only views with their data, so those are hydrated.
  startTransition(() => {
    if (serverState) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
void start(root);
