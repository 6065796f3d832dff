import type { ReactNode } from "react";

/**
 * Marks a figure, signal or sentence whose evidence includes generated months, in words and a tint
 * (never colour alone). The words are the reader's: "illustrative" is in the glossary.
 */
export function IllustrativeMark({ children = "illustrative" }: { children?: ReactNode }) {
  return (
    <span className="inline-block whitespace-nowrap rounded bg-illustrative-soft px-1 text-sm font-normal text-illustrative">
      {children}
    </span>
  );
}
