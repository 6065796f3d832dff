import { useFragment } from "@apollo/client/react";
import type { DocumentNode } from "graphql";
import { useMatches } from "react-router";
import { documentTitle } from "./documentTitle";
import type { PageTitle, TitledEntity } from "./PageTitle";
import type { RouteHandle } from "./RouteHandle";

// Written as the AST the build would produce: only a name is read from what the page's own query has
// cached, so this needs no request, no code generation and no GraphQL parser in the first bundle.
const nameFragment = (typeName: string, field: string): DocumentNode =>
  ({
    kind: "Document",
    definitions: [
      {
        kind: "FragmentDefinition",
        name: { kind: "Name", value: `${typeName}TitleName` },
        typeCondition: { kind: "NamedType", name: { kind: "Name", value: typeName } },
        selectionSet: {
          kind: "SelectionSet",
          selections: [{ kind: "Field", name: { kind: "Name", value: field } }],
        },
      },
    ],
  }) as unknown as DocumentNode;
const FIELD_FOR: Record<TitledEntity["__typename"], { field: string; fragment: DocumentNode }> = {
  Metric: { field: "name", fragment: nameFragment("Metric", "name") },
  Priority: { field: "title", fragment: nameFragment("Priority", "title") },
};

/**
 * The `<title>` of the page the router shows, from the deepest route's `handle.title`. React puts it in
 * the document head, in the server's HTML as in the browser, and replaces it on every navigation.
 */
export function DocumentTitle() {
  const leaf = useMatches().at(-1);
  const title = (leaf?.handle as RouteHandle | undefined)?.title?.(leaf?.params ?? {});
  if (title === undefined) return null;
  if (typeof title === "string") return <title>{documentTitle(title)}</title>;
  return <EntityTitle title={title} />;
}

function EntityTitle({ title }: { title: Exclude<PageTitle, string> }) {
  const { fragment, field } = FIELD_FOR[title.entity.__typename];
  const { data, complete } = useFragment<Record<string, string>>({ fragment, from: title.entity });
  return <title>{documentTitle(title.describe(complete ? (data[field] ?? null) : null))}</title>;
}
