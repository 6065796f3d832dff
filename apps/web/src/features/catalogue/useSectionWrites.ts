import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";
import { CatalogueQuery } from "./CatalogueQuery";

const CreateSection = graphql(`
  mutation CreateScorecardSection($scorecardId: ID!, $title: String!) {
    createScorecardSection(scorecardId: $scorecardId, title: $title) {
      section { id title }
      errors { field message }
    }
  }
`);

const RenameSection = graphql(`
  mutation RenameScorecardSection($id: ID!, $title: String!) {
    renameScorecardSection(id: $id, title: $title) {
      section { id title }
      errors { field message }
    }
  }
`);

const SetSectionMetrics = graphql(`
  mutation SetSectionMetrics($sectionId: ID!, $metricIds: [ID!]!) {
    setSectionMetrics(sectionId: $sectionId, metricIds: $metricIds) {
      section { id metrics { id name } }
      errors { field message }
    }
  }
`);

type Errors = { field: string; message: string }[];

/** The section writes, each resolving with its field errors (empty when saved); the catalogue reloads after each. */
export function useSectionWrites() {
  const options = { refetchQueries: [CatalogueQuery], awaitRefetchQueries: true };
  const [create, created] = useMutation(CreateSection, options);
  const [rename, renamed] = useMutation(RenameSection, options);
  const [setMetrics, set] = useMutation(SetSectionMetrics, options);
  return {
    busy: created.loading || renamed.loading || set.loading,
    async create(scorecardId: string, title: string): Promise<Errors> {
      const result = await create({ variables: { scorecardId, title } });
      return result.data?.createScorecardSection.errors ?? [];
    },
    async rename(id: string, title: string): Promise<Errors> {
      const result = await rename({ variables: { id, title } });
      return result.data?.renameScorecardSection.errors ?? [];
    },
    async setMetrics(sectionId: string, metricIds: string[]): Promise<Errors> {
      const result = await setMetrics({ variables: { sectionId, metricIds } });
      return result.data?.setSectionMetrics.errors ?? [];
    },
  };
}

export type SectionWrites = ReturnType<typeof useSectionWrites>;
