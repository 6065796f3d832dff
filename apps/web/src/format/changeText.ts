interface ChangeTexts {
  yearOnYear?: { text: string } | null;
  previousThreeMonths?: { text: string } | null;
}

/**
 * A headline figure's change, saying what it is compared with, as the report does ("up 0.4pp year on
 * year"): with a year earlier where there is one, otherwise with the previous 3 months.
 */
export function changeText(comparisons: ChangeTexts | null | undefined): string | null {
  if (comparisons?.yearOnYear) return `${comparisons.yearOnYear.text} year on year`;
  if (comparisons?.previousThreeMonths)
    return `${comparisons.previousThreeMonths.text} on the previous 3 months`;
  return null;
}
