import { useQuery } from "@apollo/client/react";
import { usePeriod } from "../../app/usePeriod";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { CjsMeasureList } from "./CjsMeasureList";

export const CjsQuery = graphql(`
  query Cjs($period: String) {
    cjsScorecards {
      id
      title
      source
      sourceUrl
      sections {
        id
        title
        commentary(period: $period) {
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

function CjsBody({ period }: { period?: string }) {
  const { data, loading, error, refetch } = useQuery(CjsQuery, { variables: { period } });
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
                <a href={card.sourceUrl} className="inline-flex min-h-11 items-center text-link underline">
                  {card.source}
                </a>
              ) : (
                card.source
              )}
            </p>
          ) : null}
          {card.sections.map((section) => {
            // The report's CJS pages are one section each, titled as the page: a second heading would repeat it.
            const titled = section.title !== card.title;
            return (
              <div key={section.id} className="mt-3">
                {titled ? <h3 className="text-lg font-semibold">{section.title}</h3> : null}
                <CjsMeasureList
                  metrics={section.metrics}
                  commentary={section.commentary}
                  period={period}
                  headingLevel={titled ? 4 : 3}
                />
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}

/** The report's CJS scorecards: timeliness, victim engagement and quality of justice against national. */
export function CjsPage() {
  const period = usePeriod();
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Criminal justice scorecards</h1>
      <p className="mt-1 text-muted">
        Each quarter's figure for the force beside the national figure, and its change from the previous
        quarter, as the Criminal Justice System Delivery Data Dashboard publishes them.
      </p>
      <CjsBody period={period} />
    </Layout>
  );
}
