import { createApolloClient } from "./createApolloClient";

/**
 * The browser's one client, shared by the React tree and the route loaders that start queries early.
 * main.tsx fills its cache with the data a server-rendered page was rendered from before hydrating.
 */
export const apolloClient = createApolloClient();
