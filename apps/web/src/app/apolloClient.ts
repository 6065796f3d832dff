import { createApolloClient } from "./createApolloClient";

/** The app's one client, shared by the React tree and the route loaders that start queries early. */
export const apolloClient = createApolloClient();
