import { createApolloClient } from "./createApolloClient";
import { readServerState } from "./readServerState";

/**
 * The browser's one client, shared by the React tree and the route loaders that start queries early.
 * When the server rendered the page, its cache starts with the data that page was rendered from.
 */
export const apolloClient = createApolloClient({ restore: readServerState()?.apollo });
