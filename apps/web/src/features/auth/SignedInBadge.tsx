import { Link, useLocation, useNavigate } from "react-router";
import { ReaderViewSwitch } from "./ReaderViewSwitch";
import { roleLabel } from "./roleLabel";
import { useSignOut } from "./useSignOut";
import { useViewer } from "./useViewer";

const linkClass =
  "inline-flex min-h-11 items-center rounded px-2 text-brand-ink underline underline-offset-4";

/**
 * Header state: who is signed in and as what, with sign-out; links to the activity feed (editors)
 * and users (admins). Anonymous visitors get a sign-in link that brings them back here.
 */
export function SignedInBadge() {
  const { viewer, loading, canEdit, isAdmin } = useViewer();
  const { signOut, loading: signingOut } = useSignOut();
  const location = useLocation();
  const navigate = useNavigate();
  if (loading) return null;
  if (!viewer) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Link to={`/sign-in?next=${next}`} className={linkClass}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p>
        <span className="font-semibold">{viewer.name}</span> <span>({viewer.email})</span>{" "}
        <span className="rounded bg-white px-2 py-0.5 text-brand">{roleLabel(viewer.role)}</span>
      </p>
      <ReaderViewSwitch />
      {canEdit ? (
        <Link to="/activity" className={linkClass}>
          Activity
        </Link>
      ) : null}
      {isAdmin ? (
        <>
          <Link to="/admin/users" className={linkClass}>
            Users
          </Link>
          <Link to="/admin/metrics" className={linkClass}>
            Metrics
          </Link>
        </>
      ) : null}
      <button
        type="button"
        disabled={signingOut}
        onClick={() => void signOut().then(() => navigate("/"))}
        className="inline-flex min-h-11 items-center rounded border border-white px-3 font-medium"
      >
        Sign out
      </button>
    </div>
  );
}
