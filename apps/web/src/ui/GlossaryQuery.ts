import { graphql } from "../gql";

export const GlossaryQuery = graphql(`
  query Glossary {
    glossary {
      acronym
      meaning
    }
  }
`);
