import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { useCorrectionReason } from "../../editing/useCorrectionReason";

const NarrativeFields = graphql(`
  fragment EditableNarrative on NarrativeSentence {
    id
    key
    text
    generatedText
    generatorVersion
    status
    isStale
    illustrative
    version
  }
`);
void NarrativeFields;

const AcceptNarrative = graphql(`
  mutation AcceptNarrative($metricId: ID!, $period: String!, $key: String!, $expectedVersion: Int!, $reason: String) {
    acceptNarrative(metricId: $metricId, period: $period, key: $key, expectedVersion: $expectedVersion, reason: $reason) {
      sentence { ...EditableNarrative }
      errors { field message }
    }
  }
`);
const EditNarrative = graphql(`
  mutation EditNarrative($metricId: ID!, $period: String!, $key: String!, $text: String!, $expectedVersion: Int!, $reason: String) {
    editNarrative(metricId: $metricId, period: $period, key: $key, text: $text, expectedVersion: $expectedVersion, reason: $reason) {
      sentence { ...EditableNarrative }
      errors { field message }
    }
  }
`);

/** Accept or rewrite one drafted sentence of a metric and period; both send the version seen (0 for a new draft). */
export function useNarrativeOps(metricId: string, period: string) {
  const reason = useCorrectionReason();
  const [accept] = useMutation(AcceptNarrative);
  const [edit] = useMutation(EditNarrative);
  return {
    accept: async (key: string, expectedVersion: number) =>
      (await accept({ variables: { reason, metricId, period, key, expectedVersion } })).data?.acceptNarrative
        .errors ?? [],
    edit: async (key: string, text: string, expectedVersion: number) =>
      (await edit({ variables: { reason, metricId, period, key, text, expectedVersion } })).data
        ?.editNarrative.errors ?? [],
  };
}
