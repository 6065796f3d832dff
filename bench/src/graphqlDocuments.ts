// The GraphQL each server answers. Our API's fields come from packages/graphql/schema.graphql;
// PostGraphile's from the schema it generates (amber preset, simplify inflection) over the same tables.

const ourDashboard = /* GraphQL */ `
  query Dashboard($number: Int!) {
    priority(number: $number) {
      scorecards { id title sections { id title metrics {
        id name unit
        series { periods values }
        spc { variation assurance compact { periods values special } }
      } } }
    }
  }`;

const ourDrillDown = /* GraphQL */ `
  query MetricDrillDown($id: ID!) {
    metric(id: $id) {
      id name unit polarity target targetKind targetLabel
      observations { id area breakdown periodStart periodEnd value lower upper illustrative note }
      benchmarks { id comparator { code name kind } periodStart periodEnd value lower upper rank rankOutOf source }
      processChanges { month label }
      spc {
        status variation assurance message
        segments { start end centre lower upper isTrial label }
        points { periodEnd value special signal rules }
        signals { rule classification direction from to }
      }
      comparisons { period value yearOnYear { text difference percent significant } previousThreeMonths { text difference percent } }
      narrative { key text status }
    }
  }`;

// The two shapes of the same monthly data, measured against each other with nothing else in the query:
// one alias per metric, since the whole priority's observations as objects is larger than the API's
// answer-size rule allows (which is why charts read `series`).
const shapeQuery = (metricIds: readonly string[], fields: string) =>
  `query Shape { ${metricIds.map((id, i) => `m${i}: metric(id: ${JSON.stringify(id)}) { id ${fields} }`).join(" ")} }`;

export const ourSeriesShape = (metricIds: readonly string[]) =>
  shapeQuery(metricIds, "series { periods values }");
export const ourObservationsShape = (metricIds: readonly string[]) =>
  shapeQuery(metricIds, "observations { periodEnd value }");

// PostGraphile cannot compute control limits or signals; it fetches the same rows.
const postgraphileDashboard = /* GraphQL */ `
  query Dashboard($number: Int!, $areaId: Int!) {
    priorities(condition: { number: $number }) { nodes {
      scorecards(orderBy: POSITION_ASC) { nodes { rowId title
        scorecardSections(orderBy: POSITION_ASC) { nodes { rowId title
          sectionMetricsBySectionId(orderBy: POSITION_ASC) { nodes { metric {
            rowId name unit
            observations(condition: { areaId: $areaId, breakdown: "" }, orderBy: PERIOD_END_ASC) { nodes { periodEnd value } }
          } } }
        } }
      } }
    } }
  }`;

const postgraphileDrillDown = /* GraphQL */ `
  query MetricDrillDown($id: String!) {
    metric(rowId: $id) {
      rowId name unit polarity target targetKind targetLabel
      observations(orderBy: [AREA_ID_ASC, BREAKDOWN_ASC, PERIOD_END_ASC]) { nodes {
        rowId area { code } breakdown periodStart periodEnd value ciLower ciUpper isIllustrative note
      } }
      benchmarks(orderBy: PERIOD_END_ASC) { nodes {
        rowId comparator { code name kind } periodStart periodEnd value ciLower ciUpper rank rankOutOf source
      } }
      processChanges { nodes { month label } }
      narrativeSentences { nodes { key text status } }
    }
  }`;

export const graphqlDocuments = {
  ourDashboard,
  ourDrillDown,
  postgraphileDashboard,
  postgraphileDrillDown,
};
