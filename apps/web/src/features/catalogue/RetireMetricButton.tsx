import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import { buttonClasses } from "../../ui/buttonClasses";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { errorCode } from "../editing/errorCode";
import { CatalogueQuery } from "./CatalogueQuery";

const RetireMetric = graphql(`
  mutation RetireMetric($id: ID!, $expectedVersion: Int!) {
    retireMetric(id: $id, expectedVersion: $expectedVersion) {
      metric { id version retiredAt }
      errors { field message }
    }
  }
`);

/** Retires a metric after a confirmation: it leaves the public lists, its data and history stay. */
export function RetireMetricButton({
  metric,
  onStatus,
}: {
  metric: { id: string; name: string; version: number };
  onStatus: (message: string) => void;
}) {
  const [retire, { loading }] = useMutation(RetireMetric, {
    refetchQueries: [CatalogueQuery],
    awaitRefetchQueries: true,
  });
  async function onRetire() {
    if (!window.confirm(`Retire ${metric.name}? It leaves the public lists; its data and history stay.`))
      return;
    try {
      await retire({ variables: { id: metric.id, expectedVersion: metric.version } });
      onStatus(`Retired ${metric.name}.`);
    } catch (e) {
      onStatus(
        errorCode(e) === "CONFLICT"
          ? `${metric.name} was changed by someone else; the catalogue is reloaded. Check it and try again.`
          : describeSaveFailure(e),
      );
    }
  }
  return (
    <button type="button" disabled={loading} onClick={() => void onRetire()} className={buttonClasses.danger}>
      Retire metric
    </button>
  );
}
