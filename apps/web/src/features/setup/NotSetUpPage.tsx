import { Link } from "react-router";
import { documentTitle } from "../../app/documentTitle";
import { Layout } from "../../ui/Layout";

/** What a reader sees before the first quarter is published: a plain statement, not an error. */
export function NotSetUpPage({ isSignedIn }: { isSignedIn: boolean }) {
  return (
    <Layout>
      <title>{documentTitle("Not set up yet")}</title>
      <h1 className="text-2xl font-bold">This scorecard has not been set up yet</h1>
      <p className="mt-2 max-w-3xl">
        Nothing has been published here yet. The plan&apos;s priorities and figures will appear once its first
        quarter is published.
      </p>
      {isSignedIn ? null : (
        <p className="mt-4">
          <Link to="/sign-in?next=/setup" className="inline-flex min-h-11 items-center text-link underline">
            Sign in to set it up
          </Link>
        </p>
      )}
    </Layout>
  );
}
