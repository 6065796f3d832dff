import { useQuery } from "@apollo/client/react";
import { QuarterQuery } from "./QuarterQuery";

/** The quarter a page shows (the one in the URL, or the current one), with its status and neighbours. */
export function useQuarter(period: string | undefined) {
  const result = useQuery(QuarterQuery, { variables: { withCurrent: period === undefined } });
  const code = period ?? result.data?.currentPeriod?.code;
  const quarter = result.data?.reportingPeriods.find((p) => p.code === code) ?? null;
  return { ...result, quarter };
}
