import { isRouteErrorResponse, Link, useRouteError } from "react-router";

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : String(error);
  return (
    <main id="main" className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">{message}</p>
      <Link to="/" className="mt-4 inline-flex min-h-11 items-center text-link underline">
        Back to the overview
      </Link>
    </main>
  );
}
