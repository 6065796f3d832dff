import { Link } from "react-router";
import { Layout } from "../ui/Layout";

export function NotFoundRoute() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">There is no page at this address.</p>
      <Link to="/" className="mt-4 inline-flex min-h-11 items-center text-link underline">
        Back to the overview
      </Link>
    </Layout>
  );
}
