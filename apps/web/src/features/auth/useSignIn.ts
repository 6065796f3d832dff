import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
        email
        name
        role
      }
      errors {
        field
        message
      }
    }
  }
`);

/**
 * Signs in and, on success, refetches every active query so the pages show the signed-in state
 * (edit controls appear without a reload). Returns the field errors, empty on success.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignInMutation);
  async function signIn(email: string, password: string) {
    const { data } = await mutate({ variables: { email, password } });
    const errors = data?.signIn.errors ?? [{ field: "", message: "Could not sign in. Try again." }];
    if (errors.length === 0) await client.resetStore();
    return errors;
  }
  return { signIn, loading };
}
