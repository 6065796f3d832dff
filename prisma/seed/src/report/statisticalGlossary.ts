import type { SeedGlossaryTerm } from "../types.ts";

// Not in the report's Terminology table: the statistical words the product itself uses on badges,
// charts and exceptions, in plain English (Making Data Count's register), so no reader needs training.
export const statisticalGlossary: SeedGlossaryTerm[] = [
  {
    acronym: "UCL",
    meaning:
      "Upper control limit: the highest value expected from normal month-to-month variation (the average plus 2.66 times the average moving range). A month above it is exceptional and worth asking about",
  },
  {
    acronym: "LCL",
    meaning:
      "Lower control limit: the lowest value expected from normal month-to-month variation (the average minus 2.66 times the average moving range). A month below it is exceptional and worth asking about",
  },
  {
    acronym: "XmR",
    meaning:
      "The control chart used here: each month's value (X) against its average and control limits, with the limits worked out from the moving range (mR), the change from one month to the next",
  },
  {
    acronym: "Special cause",
    meaning:
      "Variation unlikely to be chance: a month outside the control limits, a run, a trend, or two of three months close to a limit. Something has changed and is worth understanding; it can be an improvement or a concern",
  },
  {
    acronym: "Common cause",
    meaning:
      "The normal up-and-down of a measure from month to month, inside the control limits. Reacting to single ups and downs does not help; changing the level needs a change to how the work is done",
  },
  {
    acronym: "Centre line",
    meaning:
      "The average of the months the chart's limits are calculated from, drawn through the middle of the chart. Months are judged as above or below it",
  },
  {
    acronym: "Moving range",
    meaning:
      "The difference between one month and the month before, up or down. Its average is the usual month-to-month variation and sets how far the control limits sit from the centre line",
  },
  {
    acronym: "Two of three",
    meaning:
      "Two out of three months in a row close to (or beyond) the same control limit, with all three on the same side of the centre line: an early warning that the process may have moved",
  },
  {
    acronym: "Run (shift)",
    meaning:
      "Seven or more months in a row all above, or all below, the centre line. The level has probably moved; a month exactly on the centre line breaks the run",
  },
  {
    acronym: "Trend",
    meaning:
      "Seven or more months in a row each higher (or each lower) than the one before: a steady, continuing change. A month equal to the one before breaks the trend",
  },
  {
    acronym: "Process change",
    meaning:
      "A known change in how the work is done, such as a new operating model, after which the chart's average and limits are worked out again from the months since",
  },
  {
    acronym: "Assurance",
    meaning:
      "Whether the process can be relied on to meet its target or SLA: consistently, sometimes, or consistently not. Withheld while a trend or run shows the process is changing, because its past limits then say nothing about what comes next",
  },
  {
    acronym: "Rolling 12 months",
    meaning:
      "A figure covering the 12 months up to and including the month shown (for example, 12 months to Mar-23). Each value shares 11 months with the one before, so it moves slowly and is shown as a trend, without control limits",
  },
  {
    acronym: "Discrete month",
    meaning:
      "A figure for one calendar month on its own, as opposed to a rolling 12-month figure. Its year-on-year change compares it with the same month a year earlier",
  },
  {
    acronym: "Percentage point (pp)",
    meaning:
      "The plain difference between two percentages: from 40% to 45% is a rise of 5 percentage points, which is a 12.5% increase. Changes in rates such as satisfaction are given in points",
  },
  {
    acronym: "Illustrative",
    meaning:
      "A monthly value generated for this demonstration where the report gives none, shaped to agree with every statement the report makes. The report's own figures are never illustrative",
  },
].map((term) => ({ ...term, isFromReport: false }));
