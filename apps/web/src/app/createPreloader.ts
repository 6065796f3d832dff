import type { ApolloClient, OperationVariables, TypedDocumentNode } from "@apollo/client";
import type { Params } from "react-router";
import { periodFromRequest } from "./periodFromRequest";
import { startPreload } from "./startPreload";

/** Makes a route loader that starts the view's query (see startPreload) with variables from the URL. */
export type Preload = ReturnType<typeof createPreloader>;

/** Route loaders that send a view's query through this client as soon as its URL is known. */
export function createPreloader(apolloClient: ApolloClient) {
  return <TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variablesFor: (params: Params, period: string | undefined) => TVariables,
  ) =>
    ({ params, request }: { params: Params; request: Request }) =>
      startPreload(() =>
        apolloClient.query({
          query,
          variables: variablesFor(params, periodFromRequest(request)),
        }),
      );
}
