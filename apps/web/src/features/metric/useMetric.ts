import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

export const MetricQuery = graphql(`
  query Metric($id: ID!, $period: String) {
    metric(id: $id) {
      id
      name
      description
      unit
      polarity
      basis
      changeBasis
      statistic
      family
      isSurvey
      dataSource
      sourceUrl
      lagNote
      reportingLagMonths
      dataCaptureStart
      target
      targetKind
      targetLabel
      priorityNumber
      sectionTitle
      processChanges {
        month
        label
      }
      seriesKeys {
        breakdown
        count
        label
        area {
          code
          name
        }
      }
      latest(period: $period) {
        id
        value
        periodStart
        periodEnd
        illustrative
      }
      change(period: $period) {
        ...ChangeLine_change
      }
      targetStanding(period: $period) {
        isMet
        text
      }
      comparisons(period: $period) {
        period
        value
        yearOnYear {
          ...ChangeLine_change
        }
        previousThreeMonths {
          ...ChangeLine_change
        }
        meanVsMedian {
          mean
          median
          meanMetricId
          medianMetricId
          note
        }
        rollingVsDiscrete {
          rolling
          discrete
          rollingMetricId
          discreteMetricId
          note
        }
      }
      series {
        area
        breakdown
        periods
        values
        lower
        upper
        illustrative
      }
      spc(period: $period) {
        status
        message
        variation
        assurance
        assuranceNote
        signals {
          rule
          direction
          from
          to
          classification
          illustrative
        }
        points {
          periodEnd
          value
          special
          signal
          rules
        }
        segments {
          start
          end
          centre
          upper
          lower
          isTrial
          label
        }
      }
      narrative(period: $period) {
        key
        text
        status
        illustrative
      }
      benchmarkPosition(period: $period) {
        text
        ...BenchmarkLink_position
      }
    }
  }
`);

export function useMetric(id: string, period: string | undefined) {
  return useQuery(MetricQuery, { variables: { id, period } });
}

export type MetricData = NonNullable<ReturnType<typeof useMetric>["data"]>["metric"];
