import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { graphql } from "../../gql";
import { type ActivitySubjects, indexActivitySubjects } from "./indexActivitySubjects";

// The records a change can be about, with the priority each sits on, so every line of the feed can
// name its record and link to the page that shows it. Retired records are asked for too: the feed
// shows changes to them.
const ActivitySubjectsQuery = graphql(`
  query ActivitySubjects {
    priorities {
      number
      deliverables(includeRetired: true) {
        id
        action
      }
      outcomes(includeRetired: true) {
        id
        text
      }
      focus(includeRetired: true) {
        id
        text
      }
      risks(includeRetired: true) {
        id
        text
      }
      scorecards {
        sections {
          id
          title
          commentary {
            id
            text
          }
        }
      }
    }
  }
`);

/** The feed's records by entity type and id; empty until loaded (lines then show without links). */
export function useActivitySubjects(): ActivitySubjects {
  const { data } = useQuery(ActivitySubjectsQuery);
  return useMemo(() => indexActivitySubjects(data?.priorities ?? []), [data]);
}
