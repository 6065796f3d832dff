/**
 * Starts a route's query while its code chunk downloads instead of after the page renders. The page's
 * useQuery joins the same request (Apollo deduplicates identical in-flight queries). Returns at once so
 * navigation never waits on data, and swallows errors: the page shows its own error state.
 */
export function startPreload(run: () => Promise<unknown>): null {
  run().catch(() => undefined);
  return null;
}
