import { useMemo } from "react";
import { Term } from "./Term";
import { useGlossary } from "./useGlossary";

/** Running text with every glossary acronym explained on hover, focus and tap. */
export function GlossaryText({ text }: { text: string }) {
  const { meanings, split } = useGlossary();
  const parts = useMemo(() => split(text), [text, split]);
  return (
    <>
      {parts.map((part, i) =>
        part.acronym ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <Term key={i} acronym={part.acronym} meaning={meanings.get(part.acronym) ?? ""} />
        ) : (
          part.text
        ),
      )}
    </>
  );
}
