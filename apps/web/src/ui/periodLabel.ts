/**
 * A period as the picker names it: a draft quarter (listed for editors and admins only) is marked, so
 * nobody takes it for the published report.
 * @example periodLabel({ label: "June – Aug 23", status: "DRAFT" }) // "June – Aug 23 (draft)"
 */
export function periodLabel(period: { label: string; status?: string | null }): string {
  return period.status === "DRAFT" ? `${period.label} (draft)` : period.label;
}
