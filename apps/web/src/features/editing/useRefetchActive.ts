import { useApolloClient } from "@apollo/client/react";

/**
 * Refetches the queries on screen. Used after list changes (add, retire, reorder) and after "keep
 * theirs", where the cache still holds the version this editor loaded.
 */
export function useRefetchActive(): () => void {
  const client = useApolloClient();
  return () => void client.refetchQueries({ include: "active" });
}
