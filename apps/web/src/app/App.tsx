import { ApolloProvider } from "@apollo/client/react";
import { RouterProvider } from "react-router";
import { GlossaryProvider } from "../ui/GlossaryProvider";
import { apolloClient } from "./apolloClient";
import { router } from "./router";

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <GlossaryProvider>
        <RouterProvider router={router} />
      </GlossaryProvider>
    </ApolloProvider>
  );
}
