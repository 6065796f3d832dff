import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Signs out and clears the cache, so nothing seen while signed in stays on screen. */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutMutation);
  async function signOut() {
    await mutate();
    await client.resetStore();
  }
  return { signOut, loading };
}
