import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Layout } from "../../ui/Layout";
import { LiveStatus } from "../../ui/LiveStatus";
import { LoadingState } from "../../ui/LoadingState";
import { RequireRole } from "../auth/RequireRole";
import { useViewer } from "../auth/useViewer";
import { CreateUserForm } from "./CreateUserForm";
import { UserRow } from "./UserRow";
import { UsersQuery } from "./UsersQuery";

function UsersAdmin() {
  const { viewer } = useViewer();
  const [status, setStatus] = useState("");
  const { data, loading, error, refetch } = useQuery(UsersQuery);
  if (loading && !data) return <LoadingState what="users" />;
  if (error) return <ErrorState what="users" error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <LiveStatus message={status} />
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Users: name, email, role, state</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">
              Name
            </th>
            <th scope="col" className="py-2 pr-3">
              Email
            </th>
            <th scope="col" className="py-2 pr-3">
              Role
            </th>
            <th scope="col" className="py-2 pr-3">
              State
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(data?.users ?? []).map((u) => (
            <UserRow key={u.id} user={u} isSelf={u.id === viewer?.id} onStatus={setStatus} />
          ))}
        </tbody>
      </table>
      <section aria-labelledby="create-user" className="mt-6 rounded-lg border border-line bg-surface p-4">
        <h2 id="create-user" className="text-lg font-semibold">
          Create a user
        </h2>
        <div className="mt-2">
          <CreateUserForm onStatus={setStatus} />
        </div>
      </section>
    </>
  );
}

/** Admins list users, create them, change their role and deactivate them. */
export function UsersPage() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Users and roles</h1>
      <p className="mt-1">
        Also for admins:{" "}
        <Link to="/admin/metrics" className="text-link underline underline-offset-4">
          the metric catalogue
        </Link>
        .
      </p>
      <div className="mt-4">
        <RequireRole
          atLeast="ADMIN"
          fallback={<EmptyState title="Only admins manage users. Sign in as an admin." />}
        >
          <UsersAdmin />
        </RequireRole>
      </div>
    </Layout>
  );
}
