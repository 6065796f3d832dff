import { ApolloProvider } from "@apollo/client/react";
import { RouterProvider } from "react-router";
import { GlossaryProvider } from "../ui/GlossaryProvider";
import { createApolloClient } from "./createApolloClient";
import { router } from "./router";

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <GlossaryProvider>
        <RouterProvider router={router} />
      </GlossaryProvider>
    </ApolloProvider>
  );
}
