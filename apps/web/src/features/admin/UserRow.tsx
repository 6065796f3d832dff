import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { Role, UsersQuery as UsersQueryResult } from "../../gql/graphql";
import { buttonClasses } from "../../ui/buttonClasses";
import { roleLabel } from "../auth/roleLabel";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { errorCode } from "../editing/errorCode";
import { UsersQuery } from "./UsersQuery";

const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {
    updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {
      user { id email name role isActive version }
      errors { field message }
    }
  }
`);

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
  const [update, { loading }] = useMutation(UpdateUser, { refetchQueries: [UsersQuery] });
  async function change(input: { role?: Role; isActive?: boolean }, done: string) {
    try {
      const result = await update({ variables: { id: user.id, input, expectedVersion: user.version } });
      const errors = result.data?.updateUser.errors ?? [];
      onStatus(errors.length ? errors.map((e) => e.message).join(" ") : done);
    } catch (e) {
      // A stale version: someone else changed this user; the list reloads to show what is saved now.
      onStatus(
        errorCode(e) === "CONFLICT"
          ? `${user.email} was changed by someone else; the list is reloaded. Try again.`
          : describeSaveFailure(e),
      );
    }
  }
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
