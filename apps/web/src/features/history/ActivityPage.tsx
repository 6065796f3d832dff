import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { buttonClasses } from "../../ui/buttonClasses";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { RequireRole } from "../auth/RequireRole";
import { ActivityList } from "./ActivityList";
import { useActivitySubjects } from "./useActivitySubjects";

const PAGE_SIZE = 50;

const ActivityQuery = graphql(`
  query Activity($limit: Int, $before: ID) {
    activity(limit: $limit, before: $before) {
      ...AuditEventFields
      before
      after
    }
  }
`);

function ActivityFeed() {
  const { data, loading, error, refetch, fetchMore } = useQuery(ActivityQuery, {
    variables: { limit: PAGE_SIZE },
    fetchPolicy: "network-only",
  });
  const subjects = useActivitySubjects();
  if (loading && !data) return <LoadingState what="recent changes" />;
  if (error) return <ErrorState what="recent changes" error={error} onRetry={() => void refetch()} />;
  const events = data?.activity ?? [];
  const last = events.at(-1);
  return (
    <>
      <ActivityList events={events} subjects={subjects} />
      {last && events.length % PAGE_SIZE === 0 ? (
        <button
          type="button"
          className={`mt-4 ${buttonClasses.secondary}`}
          onClick={() =>
            void fetchMore({
              variables: { before: last.id },
              updateQuery: (previous, { fetchMoreResult }) => ({
                activity: [...(previous.activity ?? []), ...fetchMoreResult.activity],
              }),
            })
          }
        >
          Show older changes
        </button>
      ) : null}
    </>
  );
}

/** Recent changes across the scorecard, newest first: who changed what, when (editors and admins). */
export function ActivityPage() {
  return (
    <Layout>
      <h1 className="text-2xl font-bold">Recent changes</h1>
      <p className="mt-1 text-muted">
        Every change to the scorecard, newest first: what changed, who made it, and a link to where it is
        shown.
      </p>
      <div className="mt-4">
        <RequireRole
          atLeast="EDITOR"
          fallback={<EmptyState title="Sign in as an editor or admin to see recent changes" />}
        >
          <ActivityFeed />
        </RequireRole>
      </div>
    </Layout>
  );
}
