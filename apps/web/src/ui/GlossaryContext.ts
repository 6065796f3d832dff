import { createContext } from "react";
import type { TextPart } from "./splitByAcronyms";

export interface Glossary {
  meanings: ReadonlyMap<string, string>;
  split: (text: string) => TextPart[];
}

export const GlossaryContext = createContext<Glossary>({
  meanings: new Map(),
  split: (text) => (text ? [{ text }] : []),
});
