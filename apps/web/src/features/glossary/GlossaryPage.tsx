import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { useLocation } from "react-router";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryQuery } from "../../ui/GlossaryQuery";
import { glossaryAnchor } from "../../ui/glossaryAnchor";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { filterGlossary } from "./filterGlossary";

function GlossaryBody() {
  const searchId = useId();
  const [search, setSearch] = useState("");
  const { data, loading, error, refetch } = useQuery(GlossaryQuery);
  const { hash } = useLocation();
  // A link from a badge (/glossary#special-cause) arrives before the terms do: scroll once they are drawn.
  useEffect(() => {
    if (!data || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [data, hash]);
  if (loading && !data) return <LoadingState what="the glossary" />;
  if (error || !data) return <ErrorState what="the glossary" error={error} onRetry={() => void refetch()} />;
  const terms = filterGlossary(data.glossary, search);
  return (
    <>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <label htmlFor={searchId} className="font-medium">
          Search the glossary
        </label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="min-h-11 rounded border border-line bg-white px-2"
        />
      </div>
      {terms.length === 0 ? (
        <div className="mt-4">
          <EmptyState title={search ? `No term matches “${search}”` : "The glossary is empty"} />
        </div>
      ) : (
        <dl className="mt-4 grid gap-x-6 gap-y-2 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
          {terms.map((t) => (
            <div key={t.acronym} className="contents">
              {/* Badges and chart keys link here by the term's anchor (/glossary#special-cause). */}
              <dt id={glossaryAnchor(t.acronym)} className="scroll-mt-24 font-semibold target:bg-focus">
                {t.acronym}
              </dt>
              <dd>{t.meaning}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** The report's terminology: every acronym and its meaning. */
export function GlossaryPage() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Glossary</h1>
      <GlossaryBody />
    </Layout>
  );
}
