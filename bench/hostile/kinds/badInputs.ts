import { graphql, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

const NUL = "a\u0000b";

/** NUL characters in every kind of string argument, ids out of range, a forged persisted query. */
export async function badInputs(target: Target, deliverableId: string): Promise<KindResult> {
  const admin = { cookie: target.cookies.admin };
  const update = `mutation($id: ID!, $input: DeliverableInput!) { updateDeliverable(id: $id, expectedVersion: 1, input: $input, reason: "Corrected in a test of the published quarter") { errors { field message } } }`;
  const answers = await Promise.all([
    graphql(target, "query($s: String) { metrics(search: $s) { id } }", { s: NUL }),
    graphql(target, 'mutation($e: String!) { signIn(email: $e, password: "x") { errors { field } } }', {
      e: `${NUL}@x.example`,
    }),
    graphql(target, update, { id: deliverableId, input: { note: NUL } }, admin),
    graphql(target, update, { id: deliverableId, input: { due: NUL } }, admin),
    graphql(
      target,
      "query($t: String!, $i: ID!) { auditHistory(entityType: $t, entityId: $i) { id } }",
      { t: NUL, i: "1" },
      admin,
    ),
    graphql(
      target,
      "query($t: String!, $i: ID!) { auditHistory(entityType: $t, entityId: $i) { id } }",
      { t: "Deliverable", i: NUL },
      admin,
    ),
    ...["2147483648", "-1", "99999999999999999999", "1e5", NUL].map((id) =>
      graphql(target, "query($id: ID!) { deliverable(id: $id) { id } }", { id }),
    ),
    graphql(target, "query($id: ID!) { metric(id: $id) { id } }", { id: NUL }),
    graphql(
      target,
      "{ __typename }",
      {},
      { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    ),
    graphql(target, "{ __typename }", {}, { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } }),
    graphql(target, "{ __typename }", {}, { extensions: { persistedQuery: "nonsense" } }),
  ]);
  const labels = [
    "search NUL",
    "sign-in email NUL",
    "note NUL",
    "due NUL",
    "audit type NUL",
    "audit id NUL",
    "id 2147483648",
    "id -1",
    "id 20 digits",
    "id 1e5",
    "id NUL",
    "metric id NUL",
    "persisted wrong hash",
    "persisted hash 42",
    "persisted 'nonsense'",
  ];
  const note = answers
    .map(
      (answer, i) =>
        `${labels[i]}: ${answer.status}${answer.codes.length ? ` ${answer.codes.join("+")}` : ""}`,
    )
    .join("; ");
  return { kind: "bad strings and numbers", answers, note };
}
