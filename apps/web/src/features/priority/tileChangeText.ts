interface ChangeTexts {
  yearOnYear?: { text: string } | null;
  previousThreeMonths?: { text: string } | null;
}

/** The report compares with last year where it can, otherwise with the previous 3 months. */
export function tileChangeText(comparisons: ChangeTexts | null | undefined): string | null {
  return comparisons?.yearOnYear?.text ?? comparisons?.previousThreeMonths?.text ?? null;
}
