import type { Role, UsersQuery as UsersQueryResult } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { roleLabel } from "../auth/roleLabel";
import { useUpdateUser } from "./useUpdateUser";

type User = UsersQueryResult["users"][number];

/** One user: change role (saved on change) and deactivate or reactivate, each against the version shown. */
export function UserRow({
  user,
  isSelf,
  onStatus,
}: {
  user: User;
  isSelf: boolean;
  onStatus: (message: string) => void;
}) {
  const { change, loading } = useUpdateUser(user, onStatus);
  return (
    <tr className="border-b border-line align-middle">
      <td className="py-2 pr-3">{user.name}</td>
      <td className="py-2 pr-3 break-all">{user.email}</td>
      <td className="py-2 pr-3">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={loading || isSelf}
          onChange={(e) =>
            void change(
              { role: e.target.value as Role },
              `${user.email} is now ${roleLabel(e.target.value)}.`,
            )
          }
          className="min-h-11 rounded border border-muted bg-surface px-2"
        >
          <option value="VIEWER">Viewer</option>
          <option value="EDITOR">Editor</option>
          <option value="ADMIN">Admin</option>
        </select>
      </td>
      <td className="py-2 pr-3">{user.isActive ? "Active" : "Deactivated"}</td>
      <td className="py-2">
        {isSelf ? (
          <span className="text-sm text-muted">You</span>
        ) : (
          <button
            type="button"
            disabled={loading}
            onClick={() =>
              void change(
                { isActive: !user.isActive },
                `${user.email} ${user.isActive ? "deactivated" : "reactivated"}.`,
              )
            }
            className={user.isActive ? buttonClasses.danger : buttonClasses.secondary}
          >
            {user.isActive ? "Deactivate" : "Reactivate"}
            <span className="sr-only"> {user.email}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
