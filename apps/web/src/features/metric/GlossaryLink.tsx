import type { ReactNode } from "react";
import { Link } from "react-router";
import { glossaryHref } from "../../ui/glossaryAnchor";

/** A word of the chart's key linked to its glossary entry, so the SPC terms are one tap from a definition. */
export function GlossaryLink({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Link to={glossaryHref(term)} className="text-link underline">
      {children}
    </Link>
  );
}
