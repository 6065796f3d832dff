import { useContext } from "react";
import { type Glossary, GlossaryContext } from "./GlossaryContext";

/** The glossary's meanings and its acronym matcher, provided once by GlossaryProvider. */
export function useGlossary(): Glossary {
  return useContext(GlossaryContext);
}
