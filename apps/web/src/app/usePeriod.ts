import { useSearchParams } from "react-router";

/** The reporting period in the URL (?period=2023-Q-MAR-MAY), or undefined for the API's current one. */
export function usePeriod(): string | undefined {
  const [params] = useSearchParams();
  return params.get("period") ?? undefined;
}
