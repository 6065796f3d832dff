import { useMemo } from "react";
import { isMarkableAcronym, splitByAcronyms } from "./splitByAcronyms";
import { Term } from "./Term";
import { useGlossary } from "./useGlossary";

/** Running text with every glossary acronym explained on hover, focus and tap. */
export function GlossaryText({ text }: { text: string }) {
  const glossary = useGlossary();
  const parts = useMemo(
    () => splitByAcronyms(text, [...glossary.keys()].filter(isMarkableAcronym)),
    [text, glossary],
  );
  return (
    <>
      {parts.map((part, i) =>
        part.acronym ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <Term key={i} acronym={part.acronym} meaning={glossary.get(part.acronym) ?? ""} />
        ) : (
          part.text
        ),
      )}
    </>
  );
}
