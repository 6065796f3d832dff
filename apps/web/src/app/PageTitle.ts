/** A record a title is named after, as the cache identifies it (see createApolloClient). */
export type TitledEntity = { __typename: "Metric"; id: string } | { __typename: "Priority"; number: number };

/**
 * A page's title: fixed text, or words around the name of the metric or priority it shows, which
 * arrives with the page's data (`name` is null until then, or when there is no such record).
 */
export type PageTitle = string | { entity: TitledEntity; describe: (name: string | null) => string };
