import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { Role } from "../../gql/graphql";
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

/**
 * Changes one user's role or activity against the version shown, and reports the outcome in words
 * through onStatus (`done` when saved). The user list reloads after every change.
 */
export function useUpdateUser(
  user: { id: string; email: string; version: number },
  onStatus: (message: string) => void,
) {
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
  return { change, loading };
}
