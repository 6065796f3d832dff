import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { graphql } from "../gql";

export const GlossaryQuery = graphql(`
  query Glossary {
    glossary {
      acronym
      meaning
    }
  }
`);

/** The glossary as a lookup; fetched once and then served from the cache for every page. */
export function useGlossary(): Map<string, string> {
  const { data } = useQuery(GlossaryQuery);
  return useMemo(() => new Map((data?.glossary ?? []).map((t) => [t.acronym, t.meaning])), [data]);
}
