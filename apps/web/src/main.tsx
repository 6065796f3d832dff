import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// A transition lets React render the first view in slices that yield to the browser, rather than in one
// long task that blocks input (issue 5 item 7: total blocking time under Lighthouse's mobile profile).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
