/** The name every tab shares, after the page's own words. */
export const SITE_NAME = "Police and Crime Plan scorecard";

/**
 * The document title for a page: its own words first, so tabs and browser history tell pages apart.
 * Example: documentTitle("Priority 1") → "Priority 1 – Police and Crime Plan scorecard".
 */
export function documentTitle(page: string): string {
  return `${page} – ${SITE_NAME}`;
}
