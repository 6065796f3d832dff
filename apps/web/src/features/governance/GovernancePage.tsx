import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { GovernanceTree } from "./GovernanceTree";

// Three levels cover the report's framework (plan → board or partnership → scorecard); GraphQL has no recursion.
export const GovernanceQuery = graphql(`
  query Governance {
    governance {
      id
      name
      kind
      period
      description
      children {
        id
        name
        kind
        period
        description
        children {
          id
          name
          kind
          period
          description
          children {
            id
            name
            kind
            period
            description
          }
        }
      }
    }
  }
`);

function GovernanceBody() {
  const { data, loading, error, refetch } = useQuery(GovernanceQuery);
  if (loading && !data) return <LoadingState what="the governance framework" />;
  if (error || !data)
    return <ErrorState what="the governance framework" error={error} onRetry={() => void refetch()} />;
  if (data.governance.length === 0) return <EmptyState title="No governance structure recorded" />;
  return <GovernanceTree nodes={data.governance} />;
}

/** Governance and decision making: how the plan is delivered and assured. */
export function GovernancePage() {
  return (
    <Layout>
      <h1 className="mb-4 text-2xl font-bold">Governance and decision making</h1>
      <GovernanceBody />
    </Layout>
  );
}
