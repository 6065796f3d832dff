import { graphql } from "../../gql";

/** Every metric (retired too) with its sections, process changes and history, and the scorecards to place them in. */
export const CatalogueQuery = graphql(`
  query MetricCatalogue {
    metricCatalogue {
      metric {
        id
        name
        description
        unit
        polarity
        basis
        changeBasis
        target
        targetKind
        targetLabel
        targetSetBy
        dataSource
        sourceUrl
        reportingLagMonths
        lagNote
        dataCaptureStart
        spcBaselinePoints
        spcRunLength
        spcTrendLength
        spcTwoOfThreeRule
        retiredAt
        version
        processChanges {
          month
          label
        }
      }
      sections {
        sectionId
        sectionTitle
        scorecardTitle
        priorityNumber
        position
      }
      definitions {
        version
        createdAt
        changes
      }
      history {
        id
        at
        actorEmail
        action
        changes
      }
    }
    priorities {
      number
      title
      scorecards {
        id
        title
        sections {
          id
          title
          position
          metrics {
            id
            name
          }
        }
      }
    }
  }
`);
