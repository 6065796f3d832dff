import { useQuery } from "@apollo/client/react";
import { type ReactNode, useDeferredValue, useMemo } from "react";
import { type Glossary, GlossaryContext } from "./GlossaryContext";
import { GlossaryQuery } from "./GlossaryQuery";
import { createAcronymSplitter, isMarkableAcronym } from "./splitByAcronyms";

/**
 * Fetches the glossary once for the whole app and compiles its matcher once. A hook per sentence
 * (hundreds on a priority page) cost seconds of main-thread time under Lighthouse's mobile profile.
 */
export function GlossaryProvider({ children }: { children: ReactNode }) {
  const { data: latest } = useQuery(GlossaryQuery);
  // The glossary usually lands after the page: marking its acronyms re-renders every sentence, so do it in
  // a transition React can interrupt rather than one blocking task (it keeps total blocking time low).
  const data = useDeferredValue(latest);
  const value = useMemo((): Glossary => {
    const terms = data?.glossary ?? [];
    return {
      meanings: new Map(terms.map((t) => [t.acronym, t.meaning])),
      split: createAcronymSplitter(terms.map((t) => t.acronym).filter(isMarkableAcronym)),
    };
  }, [data]);
  return <GlossaryContext value={value}>{children}</GlossaryContext>;
}
