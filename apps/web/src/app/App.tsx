import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import type { ReactNode } from "react";
import { ViewerProvider } from "../features/auth/ViewerProvider";
import { CorrectionReasonProvider } from "../features/editing/CorrectionReasonProvider";
import { GlossaryProvider } from "../ui/GlossaryProvider";
import { ViewerLayoutSlots } from "./ViewerLayoutSlots";

/** The providers every view needs, around the router (the browser's, or the server's static one). */
export function App({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <ApolloProvider client={client}>
      <ViewerProvider>
        <ViewerLayoutSlots>
          <GlossaryProvider>
            <CorrectionReasonProvider>{children}</CorrectionReasonProvider>
          </GlossaryProvider>
        </ViewerLayoutSlots>
      </ViewerProvider>
    </ApolloProvider>
  );
}
