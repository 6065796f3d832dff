import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { documentTitle } from "../app/documentTitle";

// After a deploy, an open tab asks for code-split chunks that no longer exist; reloading fetches the new build.
function isStaleBuild(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

export function RouteError() {
  const error = useRouteError();
  if (isStaleBuild(error)) {
    return (
      <main id="main" className="mx-auto max-w-3xl p-6">
        <title>{documentTitle("A newer version is available")}</title>
        <h1 className="text-2xl font-bold">A newer version of the scorecard is available</h1>
        <p className="mt-2">Reload the page to continue.</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-4 min-h-11 rounded bg-brand px-4 font-medium text-brand-ink"
        >
          Reload
        </button>
      </main>
    );
  }
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : String(error);
  return (
    <main id="main" className="mx-auto max-w-3xl p-6">
      <title>{documentTitle("Something went wrong")}</title>
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">{message}</p>
      <Link to="/" className="mt-4 inline-flex min-h-11 items-center text-link underline">
        Back to the overview
      </Link>
    </main>
  );
}
