import { describe, expect, it } from "vitest";
import { documentIdentifier } from "./inlineGraphqlDocuments";

// Names as the client preset writes them in src/gql/graphql.ts.
describe("documentIdentifier", () => {
  it("names operations and fragments the way the client preset does", () => {
    expect(documentIdentifier("query", "Overview")).toBe("OverviewDocument");
    expect(documentIdentifier("mutation", "updateDeliverable")).toBe("UpdateDeliverableDocument");
    expect(documentIdentifier("fragment", "PriorityCard_priority")).toBe("PriorityCard_PriorityFragmentDoc");
  });
});
