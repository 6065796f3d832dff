import { useMemo } from "react";
import { GlossaryText } from "./GlossaryText";
import { splitSpcPhrases } from "./splitSpcPhrases";
import { Term } from "./Term";
import { useGlossary } from "./useGlossary";

/**
 * A finding with its SPC words explained on hover, focus and tap ("upper control limit", "a rising
 * trend", "centre line"), from the glossary, and its acronyms marked as everywhere else.
 */
export function SpcText({ text }: { text: string }) {
  const { meanings } = useGlossary();
  const parts = useMemo(() => splitSpcPhrases(text), [text]);
  return (
    <>
      {parts.map((part, i) => {
        const meaning = part.term ? meanings.get(part.term) : undefined;
        return meaning ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <Term key={i} acronym={part.text} meaning={meaning} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <GlossaryText key={i} text={part.text} />
        );
      })}
    </>
  );
}
