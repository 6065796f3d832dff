import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { CjsMeasure } from "./CjsMeasure";

export const CjsQuery = graphql(`
  query Cjs {
    cjsScorecards {
      id
      title
      source
      sourceUrl
      sections {
        id
        title
        commentary {
          id
          text
        }
        metrics {
          ...CjsMeasure_metric
        }
      }
    }
  }
`);

function CjsBody() {
  const { data, loading, error, refetch } = useQuery(CjsQuery);
  if (loading && !data) return <LoadingState what="the criminal justice scorecards" />;
  if (error || !data)
    return <ErrorState what="the criminal justice scorecards" error={error} onRetry={() => void refetch()} />;
  if (data.cjsScorecards.length === 0) return <EmptyState title="No criminal justice scorecards recorded" />;
  return (
    <>
      {data.cjsScorecards.map((card) => (
        <section key={card.id} aria-labelledby={`cjs-${card.id}`} className="mt-6">
          <h2 id={`cjs-${card.id}`} className="text-xl font-semibold">
            <GlossaryText text={card.title} />
          </h2>
          {card.source ? (
            <p className="text-sm text-muted">
              Data:{" "}
              {card.sourceUrl ? (
                <a href={card.sourceUrl} className="text-link underline">
                  {card.source}
                </a>
              ) : (
                card.source
              )}
            </p>
          ) : null}
          {card.sections.map((section) => (
            <div key={section.id} className="mt-3">
              {card.sections.length > 1 ? <h3 className="text-lg font-semibold">{section.title}</h3> : null}
              <ul className="grid gap-3 md:grid-cols-3">
                {section.metrics.map((m) => (
                  <CjsMeasure key={m.id} metric={m} />
                ))}
              </ul>
              {section.commentary.length > 0 ? (
                <ul className="mt-3 list-disc space-y-1 pl-5">
                  {section.commentary.map((c) => (
                    <li key={c.id}>
                      <GlossaryText text={c.text} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

/** The report's CJS scorecards: timeliness, victim engagement and quality of justice against national. */
export function CjsPage() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Criminal justice scorecards</h1>
      <p className="mt-1 text-muted">
        The force against the national figure, with the change from the previous quarter.
      </p>
      <CjsBody />
    </Layout>
  );
}
