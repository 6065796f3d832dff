import { Link } from "react-router";
import { Layout } from "../../ui/Layout";
import { useViewer } from "../auth/useViewer";

/**
 * What /data/import shows anyone who is not an editor: why they cannot load data and how to get
 * there. Anonymous visitors get a sign-in link that comes back to this page.
 */
export function ImportSignInPrompt() {
  const { viewer } = useViewer();
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Monthly data load</h1>
      <div className="mt-6 max-w-prose rounded-lg border-2 border-line bg-surface p-4">
        {viewer ? (
          <p>Only editors can load data. Ask an admin for the editor role.</p>
        ) : (
          <>
            <p>Sign in as an editor to load data.</p>
            <Link
              to={`/sign-in?next=${encodeURIComponent("/data/import")}`}
              className="mt-2 inline-flex min-h-11 items-center text-link underline"
            >
              Sign in
            </Link>
          </>
        )}
      </div>
    </Layout>
  );
}
