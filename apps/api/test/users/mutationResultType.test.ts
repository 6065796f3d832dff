import { ApolloServer } from "@apollo/server";
import { describe, expect, it } from "vitest";
import type { UserRecord } from "../../src/data/records.ts";
import { loadTypeDefs, resolverModules } from "../../src/schema/index.ts";
import { signInResult } from "../../src/schema/users/signInResult.ts";
import { userResult } from "../../src/schema/users/userResult.ts";

// No field of the contract returns the MutationResult interface itself, so its type resolver only
// runs when something asks for the interface. This test adds one such field beside the real
// typeDefs and resolvers and lets graphql-js resolve the type, as it would for any abstract field.
const user: UserRecord = {
  id: 7,
  email: "editor@harness.test",
  name: "Scorecard editor",
  role: "EDITOR",
  isActive: true,
  isDemo: false,
  version: 1,
};

const RESULTS: Record<string, unknown> = {
  signIn: signInResult({ user, errors: [] }),
  signInRejected: signInResult({ user: null, errors: [{ field: "password", message: "wrong" }] }),
  createUser: userResult({ user, errors: [] }),
  deliverable: { deliverable: null, errors: [] },
  commentaryList: { commentary: [], errors: [] },
  commentary: { commentary: null, errors: [] },
};

async function typenameOf(kind: string): Promise<unknown> {
  const server = new ApolloServer({
    typeDefs: [...loadTypeDefs(), "extend type Query { probe(kind: String!): MutationResult }"],
    resolvers: [
      ...resolverModules,
      { Query: { probe: (_p: unknown, a: { kind: string }) => RESULTS[a.kind] } },
    ],
  });
  const response = await server.executeOperation({
    query: "query P($kind: String!) { probe(kind: $kind) { __typename errors { field } } }",
    variables: { kind },
  });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  expect(response.body.singleResult.errors).toBeUndefined();
  const probe = response.body.singleResult.data?.probe as { __typename: string } | null | undefined;
  return probe?.__typename;
}

describe("MutationResult type resolution", () => {
  it.each([
    // SignInResult and UserResult both carry `user`: the tag tells them apart.
    ["signIn", "SignInResult"],
    ["signInRejected", "SignInResult"],
    ["createUser", "UserResult"],
    // Untagged results still resolve by their payload field.
    ["deliverable", "DeliverableResult"],
    ["commentaryList", "CommentaryListResult"],
    ["commentary", "CommentaryResult"],
  ])("%s → %s", async (kind, expected) => {
    expect(await typenameOf(kind)).toBe(expected);
  });

  it("the users module's results are tagged with their own type", () => {
    expect(signInResult({ user, errors: [] })).toMatchObject({
      __typename: "SignInResult",
      user: { id: "7" },
    });
    expect(userResult({ user: null, errors: [] })).toEqual({
      __typename: "UserResult",
      user: null,
      errors: [],
    });
  });
});
